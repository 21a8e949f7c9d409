package org.bianmin.notice.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeBoardFilterTest {

    private static final String SANJIA = "510904110";
    private static final String SANMEN = "510904110201";

    @Test
    void keepsOnlyWhatCanBeACode() {
        NoticeBoardFilter filter =
                NoticeBoardFilter.of(" " + SANJIA + " ", "5109' or 1=1", "VILLAGE_RULES", null, null, null, 1);
        assertThat(filter.townCode()).isEqualTo(SANJIA);
        assertThat(filter.villageCode()).isNull();
        assertThat(filter.categoryCode()).isEqualTo("VILLAGE_RULES");
        assertThat(NoticeBoardFilter.of("51090411", SANMEN + "9", "a-b", null, null, null, 1))
                .extracting(
                        NoticeBoardFilter::townCode, NoticeBoardFilter::villageCode, NoticeBoardFilter::categoryCode)
                .containsExactly(null, null, null);
    }

    @Test
    void aVillageOutsideTheChosenTownWinsOverTheTown() {
        NoticeBoardFilter inTown = NoticeBoardFilter.of(SANJIA, SANMEN, null, null, null, null, 1);
        assertThat(inTown.townCode()).isEqualTo(SANJIA);
        assertThat(inTown.villageCode()).isEqualTo(SANMEN);

        NoticeBoardFilter elsewhere = NoticeBoardFilter.of("510904112", SANMEN, null, null, null, null, 1);
        assertThat(elsewhere.townCode()).isNull();
        assertThat(elsewhere.villageCode()).isEqualTo(SANMEN);
    }

    @Test
    void aTitleSearchIsTrimmedAndAtMost50Characters() {
        assertThat(NoticeBoardFilter.of(null, null, null, null, null, "   ", 1).title())
                .isNull();
        assertThat(NoticeBoardFilter.of(null, null, null, null, null, " 村道 ", 1).title())
                .isEqualTo("村道");
        assertThat(NoticeBoardFilter.of(null, null, null, null, null, "路".repeat(80), 1)
                        .title())
                .hasSize(50);
        assertThat(NoticeBoardFilter.of(null, null, null, null, null, "𠀀".repeat(60), 1)
                        .title()
                        .codePointCount(0, 100))
                .as("cut between characters, never inside one")
                .isEqualTo(50);
    }

    @Test
    void thePageStaysWithinBounds() {
        assertThat(NoticeBoardFilter.of(null, null, null, null, null, null, 0).page())
                .isEqualTo(1);
        assertThat(NoticeBoardFilter.of(null, null, null, null, null, null, -5).page())
                .isEqualTo(1);
        assertThat(NoticeBoardFilter.of(null, null, null, null, null, null, 100_000)
                        .page())
                .isEqualTo(NoticeBoardFilter.MAX_PAGE);
        assertThat(NoticeBoardFilter.of(null, null, null, null, null, null, 3).offset())
                .isEqualTo(2 * NoticeBoardFilter.PAGE_SIZE);
    }

    @Test
    void datesInTheWrongOrderAreNotUsedButKept() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        LocalDate april = LocalDate.of(2026, 4, 1);

        NoticeBoardFilter reversed = NoticeBoardFilter.of(null, null, null, april, march, null, 1);
        assertThat(reversed.datesReversed()).isTrue();
        assertThat(reversed.fromUsed()).isNull();
        assertThat(reversed.toUsed()).isNull();
        assertThat(reversed.from()).isEqualTo(april);

        NoticeBoardFilter sameDay = NoticeBoardFilter.of(null, null, null, march, march, null, 1);
        assertThat(sameDay.datesReversed()).isFalse();
        assertThat(sameDay.fromUsed()).isEqualTo(march);
        assertThat(sameDay.toUsed()).isEqualTo(march);

        NoticeBoardFilter onlyEnd = NoticeBoardFilter.of(null, null, null, null, march, null, 1);
        assertThat(onlyEnd.fromUsed()).isNull();
        assertThat(onlyEnd.toUsed()).isEqualTo(march);
    }

    @Test
    void aBoardPageKnowsItsNeighbours() {
        BoardPage page = new BoardPage(java.util.List.of(), 41, 2, 20);
        assertThat(page.pages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(new BoardPage(java.util.List.of(), 0, 1, 20).pages()).isEqualTo(1);
        assertThat(new BoardPage(java.util.List.of(), 40, 2, 20).hasNext()).isFalse();
    }
}
