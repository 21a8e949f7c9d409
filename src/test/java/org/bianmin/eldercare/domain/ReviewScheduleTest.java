package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A plan is reviewed every six months, counted in calendar months with month ends clamped")
class ReviewScheduleTest {

    @Test
    void theFirstReviewIsSixMonthsAfterTheFirstDayOfTheStartMonth() {
        assertThat(ReviewSchedule.firstReview(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(ReviewSchedule.firstReview(YearMonth.of(2026, 7))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aReviewOnAMonthEndFallsOnTheShorterMonthsLastDay() {
        assertThat(ReviewSchedule.after(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ReviewSchedule.after(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ReviewSchedule.after(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(ReviewSchedule.after(LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void leapYearsGiveTheTwentyNinthOfFebruary() {
        assertThat(ReviewSchedule.after(LocalDate.of(2027, 8, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReviewSchedule.after(LocalDate.of(2027, 8, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReviewSchedule.after(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 8, 29));
        assertThat(ReviewSchedule.after(LocalDate.of(2099, 8, 31))).isEqualTo(LocalDate.of(2100, 2, 28));
    }

    @Test
    void dueOnTheDayAndAfterButNotBefore() {
        LocalDate review = LocalDate.of(2027, 2, 28);
        assertThat(ReviewSchedule.isDue(review, LocalDate.of(2027, 2, 27))).isFalse();
        assertThat(ReviewSchedule.isDue(review, LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(ReviewSchedule.isDue(review, LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(ReviewSchedule.isDue(null, LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void aPlanStartsNextMonthByDefaultAlsoAcrossTheYearEnd() {
        assertThat(ReviewSchedule.defaultStart(LocalDate.of(2026, 11, 29))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(ReviewSchedule.defaultStart(LocalDate.of(2026, 12, 31))).isEqualTo(YearMonth.of(2027, 1));
    }
}
