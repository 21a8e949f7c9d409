package org.bianmin.rights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Statistics of a version's feedback")
class FeedbackStatisticsTest {

    private static final String SANJIA = "510904110";
    private static final String YUFENG = "510904111";

    private final FeedbackStatistics statistics = FeedbackStatistics.of(List.of(
            new FeedbackTally(1, SANJIA, FeedbackType.AGREE, false, false, false, 10),
            new FeedbackTally(1, SANJIA, FeedbackType.SUGGEST, false, true, true, 2),
            new FeedbackTally(1, YUFENG, FeedbackType.SUGGEST, false, false, false, 1),
            new FeedbackTally(2, YUFENG, FeedbackType.OBJECT, false, true, false, 1),
            new FeedbackTally(2, null, FeedbackType.ASK, false, false, false, 3),
            new FeedbackTally(2, null, FeedbackType.OBJECT, true, false, false, 4)));

    @Test
    void countsVisibleFeedbackByTypeAndHiddenApart() {
        FeedbackFigures total = statistics.total();

        assertThat(total.getAgree()).isEqualTo(10);
        assertThat(total.getSuggest()).isEqualTo(3);
        assertThat(total.getObject()).isEqualTo(1);
        assertThat(total.getAsk()).isEqualTo(3);
        assertThat(total.getTotal()).isEqualTo(17);
        assertThat(total.getHidden()).isEqualTo(4);
    }

    @Test
    void theAnsweredShareIsOfWhatAskedForAnAnswer() {
        FeedbackFigures total = statistics.total();

        assertThat(total.getAnswerable()).isEqualTo(7); // 3 suggestions, 1 objection, 3 questions; not agreement
        assertThat(total.getAnswered()).isEqualTo(3);
        assertThat(total.getAnsweredPercent()).isEqualTo(43);
        assertThat(total.getAdopted()).isEqualTo(2);
    }

    @Test
    void perItem() {
        assertThat(statistics.item(1).getTotal()).isEqualTo(13);
        assertThat(statistics.item(1).getAnsweredPercent()).isEqualTo(67);
        assertThat(statistics.item(2).getHidden()).isEqualTo(4);
        assertThat(statistics.item(3).getTotal()).isZero();
        assertThat(statistics.item(3).getAnsweredPercent()).isNull();
    }

    @Test
    void perTownWithUnknownTownsTogether() {
        assertThat(statistics.byTown().keySet()).containsExactly(FeedbackStatistics.UNKNOWN_TOWN, SANJIA, YUFENG);
        assertThat(statistics.byTown().get(SANJIA).getTotal()).isEqualTo(12);
        assertThat(statistics.byTown().get(YUFENG).getSuggest()).isEqualTo(1);
        assertThat(statistics.byTown().get(FeedbackStatistics.UNKNOWN_TOWN).getAsk())
                .isEqualTo(3);
    }
}
