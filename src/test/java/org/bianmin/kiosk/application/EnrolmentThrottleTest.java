package org.bianmin.kiosk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The enrolment throttle")
class EnrolmentThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    private final EnrolmentThrottle throttle = new EnrolmentThrottle();

    @Test
    void blocksAnAddressAfterTenWrongCodesWithinFifteenMinutes() {
        for (int i = 0; i < EnrolmentThrottle.MAX_FAILURES_PER_CLIENT - 1; i++) {
            throttle.failed("10.0.0.1", NOW.plusSeconds(i));
        }
        assertThat(throttle.blocked("10.0.0.1", NOW.plusSeconds(30))).isFalse();
        throttle.failed("10.0.0.1", NOW.plusSeconds(31));
        assertThat(throttle.blocked("10.0.0.1", NOW.plusSeconds(32))).isTrue();
        assertThat(throttle.blocked("10.0.0.2", NOW.plusSeconds(32))).isFalse();
    }

    @Test
    void forgetsFailuresOnceTheWindowHasPassed() {
        for (int i = 0; i < EnrolmentThrottle.MAX_FAILURES_PER_CLIENT; i++) {
            throttle.failed("10.0.0.1", NOW);
        }
        assertThat(throttle.blocked("10.0.0.1", NOW.plus(EnrolmentThrottle.WINDOW)))
                .isTrue();
        assertThat(throttle.blocked(
                        "10.0.0.1", NOW.plus(EnrolmentThrottle.WINDOW).plusMillis(1)))
                .isFalse();
    }
}
