package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The public posting runs for its days in calendar days, the first day included")
class PostingPeriodTest {

    @Test
    void sevenDaysFromMondayEndOnSunday() {
        PostingPeriod p = PostingPeriod.starting(LocalDate.of(2026, 11, 2), 7);
        assertThat(p.endsOn()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(p.isOn(LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(p.isOn(LocalDate.of(2026, 11, 2))).isTrue();
        assertThat(p.isOn(LocalDate.of(2026, 11, 8))).isTrue();
        assertThat(p.isOver(LocalDate.of(2026, 11, 8))).isFalse();
        assertThat(p.isOver(LocalDate.of(2026, 11, 9))).isTrue();
    }

    @Test
    void holidaysDoNotLengthenIt() {
        // 1–7 October 2026 is the National Day holiday: a posting is in calendar days all the same
        assertThat(PostingPeriod.starting(LocalDate.of(2026, 9, 30), 7).endsOn())
                .isEqualTo(LocalDate.of(2026, 10, 6));
    }

    @Test
    void aOneDayPostingEndsTheSameDayAndNoneIsRefused() {
        assertThat(PostingPeriod.starting(LocalDate.of(2026, 12, 31), 1).endsOn())
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> PostingPeriod.starting(LocalDate.of(2026, 12, 31), 0))
                .hasMessage("eldercare.error.settingRange");
    }
}
