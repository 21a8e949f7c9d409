package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianmin.shared.domain.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Settings: minimum age, posting days and each stage's working days, with defaults and bounds")
class CareSettingsTest {

    @Test
    void missingValuesTakeTheDefaults() {
        CareSettings s = new CareSettings(Map.of(CareSettings.Key.DAYS_TOWN_VERIFICATION, 3));
        assertThat(s.minimumAge()).isEqualTo(60);
        assertThat(s.postingDays()).isEqualTo(7);
        assertThat(s.workingDays(Stage.TOWN_VERIFICATION)).isEqualTo(3);
        assertThat(s.workingDays(Stage.DISTRICT_APPROVAL)).isEqualTo(10);
        assertThat(s.workingDays(Stage.IN_SERVICE)).isZero();
        assertThat(s.workingDays(Stage.REFUSED)).isZero();
    }

    @Test
    void valuesOutOfBoundsAreRefused() {
        assertThatThrownBy(() -> new CareSetting(CareSettings.Key.MINIMUM_AGE, 49))
                .hasMessage("eldercare.error.settingRange");
        assertThatThrownBy(() -> new CareSetting(CareSettings.Key.POSTING_DAYS, 0))
                .hasMessage("eldercare.error.settingRange");
        assertThat(new CareSetting(CareSettings.Key.POSTING_DAYS, 30).getValue())
                .isEqualTo(30);
    }

    @Test
    void aStageDeadlineCountsWorkingDaysSkippingHolidaysAndWeekends() {
        // 10 working days for the district from Wed 30 Sep 2026: 1–7 Oct holiday, Sat 10 Oct worked instead
        WorkingDayCalendar calendar = new WorkingDayCalendar(
                List.of(
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 2),
                        LocalDate.of(2026, 10, 3),
                        LocalDate.of(2026, 10, 4),
                        LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 6),
                        LocalDate.of(2026, 10, 7)),
                List.of(LocalDate.of(2026, 10, 10)));
        int days = CareSettings.defaults().workingDays(Stage.DISTRICT_APPROVAL);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), days)).isEqualTo(LocalDate.of(2026, 10, 20));
    }
}
