package org.bianmin.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A report's period")
class ReportPeriodTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void byDefaultIsTheCurrentMonth() {
        ReportPeriod period = ReportPeriod.monthOf(day("2026-02-17"));

        assertThat(period.from()).isEqualTo(day("2026-02-01"));
        assertThat(period.to()).isEqualTo(day("2026-02-28"));
    }

    @Test
    void includesItsLastDayToTheEnd() {
        ReportPeriod period = new ReportPeriod(day("2026-11-01"), day("2026-11-30"));

        assertThat(period.start()).isEqualTo(LocalDateTime.parse("2026-11-01T00:00"));
        assertThat(period.end()).isEqualTo(LocalDateTime.parse("2026-12-01T00:00"));
    }

    @Test
    void mayBeASingleDay() {
        ReportPeriod period = new ReportPeriod(day("2026-11-09"), day("2026-11-09"));

        assertThat(period.end()).isEqualTo(LocalDateTime.parse("2026-11-10T00:00"));
        assertThat(period).hasToString("2026-11-09..2026-11-09");
    }

    @Test
    void cannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ReportPeriod(day("2026-11-02"), day("2026-11-01")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("dashboard.error.period");
    }

    @Test
    void needsBothEnds() {
        assertThatThrownBy(() -> new ReportPeriod(null, day("2026-11-01"))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new ReportPeriod(day("2026-11-01"), null)).isInstanceOf(BusinessException.class);
    }

    @Test
    void coversAWholeLeapYearButNoMore() {
        assertThat(new ReportPeriod(day("2028-01-01"), day("2028-12-31")).from())
                .isEqualTo(day("2028-01-01"));
        assertThatThrownBy(() -> new ReportPeriod(day("2026-01-01"), day("2027-01-02")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("dashboard.error.periodTooLong");
    }
}
