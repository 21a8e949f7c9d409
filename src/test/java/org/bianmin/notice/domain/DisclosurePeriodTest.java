package org.bianmin.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisclosurePeriodTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void sevenDaysIncludeTheFirstAndTheLast() {
        DisclosurePeriod week = DisclosurePeriod.days(MONDAY, DisclosurePeriod.DEFAULT_DAYS);
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(week.open(MONDAY)).isTrue();
        assertThat(week.open(LocalDate.of(2026, 3, 8))).isTrue();
        assertThat(week.open(LocalDate.of(2026, 3, 9)))
                .as("an objection after the period")
                .isFalse();
        assertThat(week.open(MONDAY.minusDays(1))).isFalse();
    }

    @Test
    void anEndBeforeItsStartIsRefused() {
        assertThatThrownBy(() -> new DisclosurePeriod(MONDAY, MONDAY.minusDays(1)))
                .hasMessage("notice.error.periodOrder");
        assertThat(new DisclosurePeriod(MONDAY, MONDAY).open(MONDAY)).isTrue();
        assertThatThrownBy(() -> DisclosurePeriod.days(MONDAY, 0)).hasMessage("notice.error.periodDays");
    }
}
