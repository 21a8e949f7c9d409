package org.bianmin.rights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.bianmin.rights.domain.TextDiff.Op;
import org.bianmin.rights.domain.TextDiff.Segment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The difference between two texts, character by character")
class TextDiffTest {

    /** Kept text plain, deletions as [-…-], insertions as {+…+}. */
    private static String marked(List<Segment> segments) {
        return segments.stream()
                .map(s -> switch (s.op()) {
                    case SAME -> s.text();
                    case DELETED -> "[-" + s.text() + "-]";
                    case INSERTED -> "{+" + s.text() + "+}";
                })
                .collect(Collectors.joining());
    }

    @Test
    void theSameTextIsOneKeptRun() {
        assertThat(TextDiff.of("村民有权知道", "村民有权知道")).containsExactly(new Segment(Op.SAME, "村民有权知道"));
        assertThat(TextDiff.changed(TextDiff.of("a", "a"))).isFalse();
    }

    @Test
    void aChangedWordInChineseIsFoundWithoutSpaces() {
        List<Segment> diff = TextDiff.of("公示不少于5天", "公示不少于7个工作日");

        assertThat(marked(diff)).isEqualTo("公示不少于[-5天-]{+7个工作日+}");
        assertThat(TextDiff.changed(diff)).isTrue();
        assertThat(marked(TextDiff.before(diff))).isEqualTo("公示不少于[-5天-]");
        assertThat(marked(TextDiff.after(diff))).isEqualTo("公示不少于{+7个工作日+}");
    }

    @Test
    void insertionsAndDeletionsInTheMiddleKeepWhatIsCommon() {
        assertThat(marked(TextDiff.of("村民会议讨论决定", "村民会议或村民代表会议讨论决定"))).isEqualTo("村民会议{+或村民代表会议+}讨论决定");
        assertThat(marked(TextDiff.of("爱护道路、路灯和水管", "爱护道路和水管"))).isEqualTo("爱护道路[-、路灯-]和水管");
    }

    @Test
    void emptyOrMissingTextIsAllInsertedOrAllDeleted() {
        assertThat(TextDiff.of(null, "新条目")).containsExactly(new Segment(Op.INSERTED, "新条目"));
        assertThat(TextDiff.of("旧条目", "")).containsExactly(new Segment(Op.DELETED, "旧条目"));
        assertThat(TextDiff.of(null, null)).isEmpty();
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNotSplit() {
        assertThat(marked(TextDiff.of("𠮷野", "𠮷田"))).isEqualTo("𠮷[-野-]{+田+}");
    }

    @Test
    void bothSidesTogetherGiveBackEachText() {
        String before = "村务监督委员会每季度公开一次财务";
        String after = "村务监督委员会每月公开财务收支";
        List<Segment> diff = TextDiff.of(before, after);

        assertThat(TextDiff.before(diff).stream().map(Segment::text).collect(Collectors.joining()))
                .isEqualTo(before);
        assertThat(TextDiff.after(diff).stream().map(Segment::text).collect(Collectors.joining()))
                .isEqualTo(after);
    }
}
