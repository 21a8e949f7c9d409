package org.bianmin.api.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("GET requests filters: codes, open/closed and at most 90 days of submissions")
class RequestSearchTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-29T10:00:00");

    @Test
    void withoutFiltersItIsEveryRequestOfTheLastNinetyDays() {
        RequestSearch search = RequestSearch.parse(null, null, null, null, NOW);

        assertThat(search.serviceCodes()).isEmpty();
        assertThat(search.statuses()).isEqualTo(EnumSet.allOf(MatterStatus.class));
        assertThat(search.to()).isAfter(NOW);
        assertThat(search.from()).isEqualTo(search.to().minusDays(90));
    }

    @Test
    void readsCommaSeparatedCodesAndStatuses() {
        RequestSearch search = RequestSearch.parse("ROAD-REPAIR, STREETLIGHT,,", "closed", null, null, NOW);

        assertThat(search.serviceCodes()).containsExactlyInAnyOrder("ROAD-REPAIR", "STREETLIGHT");
        assertThat(search.statuses())
                .containsExactlyInAnyOrder(
                        MatterStatus.RESOLVED, MatterStatus.CLOSED, MatterStatus.NOT_ACCEPTED, MatterStatus.MERGED);
        assertThat(RequestSearch.parse(null, "open,closed", null, null, NOW).statuses())
                .isEqualTo(EnumSet.allOf(MatterStatus.class));
    }

    @Test
    void aStatusOtherThanOpenOrClosedIsRefused() {
        assertThatThrownBy(() -> RequestSearch.parse(null, "resolved", null, null, NOW))
                .isInstanceOf(BusinessException.class)
                .hasMessage("api.error.status");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-01T08:00:00+08:00, 2026-11-01T08:00",
        "2026-11-01T00:00:00Z,      2026-11-01T08:00",
        "2026-11-01T08:00:00,       2026-11-01T08:00",
        "2026-11-01,                2026-11-01T00:00"
    })
    void readsTimesWithAnOffsetAsDistrictTime(String startDate, String expected) {
        RequestSearch search = RequestSearch.parse(null, null, startDate, null, NOW);

        assertThat(search.from()).isEqualTo(LocalDateTime.parse(expected));
        assertThat(search.to()).isEqualTo(search.from().plusDays(90));
    }

    @Test
    void aDayAsTheEndIncludesTheWholeDay() {
        RequestSearch search = RequestSearch.parse(null, null, "2026-11-01", "2026-11-02", NOW);

        assertThat(search.from()).isEqualTo(LocalDateTime.parse("2026-11-01T00:00"));
        assertThat(search.to()).isEqualTo(LocalDateTime.parse("2026-11-03T00:00"));
    }

    @Test
    void anEndAloneGoesNinetyDaysBack() {
        RequestSearch search = RequestSearch.parse(null, null, null, "2026-06-30T00:00:00+08:00", NOW);

        assertThat(search.from()).isEqualTo(LocalDateTime.parse("2026-04-01T00:00"));
    }

    @Test
    void aPeriodOfMoreThanNinetyDaysIsRefused() {
        assertThatThrownBy(() -> RequestSearch.parse(null, null, "2026-01-01", "2026-06-01", NOW))
                .isInstanceOf(BusinessException.class)
                .hasMessage("api.error.dateSpan");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> RequestSearch.parse(null, null, "2026-06-01", "2026-05-01", NOW))
                .isInstanceOf(BusinessException.class)
                .hasMessage("api.error.dateOrder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "29/11/2026", "2026-11-01T25:00:00"})
    void aTimeThatIsNotIso8601IsRefusedNamingTheParameter(String text) {
        assertThatThrownBy(() -> RequestSearch.parse(null, null, text, null, NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("api.error.date");
                    assertThat(e.getArguments()).containsExactly("start_date");
                });
    }
}
