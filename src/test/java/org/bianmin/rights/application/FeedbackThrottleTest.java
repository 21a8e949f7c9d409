package org.bianmin.rights.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Floods of feedback are stopped")
class FeedbackThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private final FeedbackThrottle throttle = new FeedbackThrottle();

    @Test
    void anAddressSendsTwentyInFifteenMinutes() {
        for (int i = 0; i < FeedbackThrottle.MAX_PER_ADDRESS; i++) {
            assertThat(throttle.tryAcquire("10.0.0.1", NOW.plusSeconds(i))).isTrue();
        }
        assertThat(throttle.tryAcquire("10.0.0.1", NOW.plusSeconds(30))).isFalse();
        assertThat(throttle.tryAcquire("10.0.0.2", NOW.plusSeconds(30)))
                .as("another address")
                .isTrue();
        assertThat(throttle.tryAcquire(
                        "10.0.0.1", NOW.plus(FeedbackThrottle.WINDOW).plusSeconds(1)))
                .as("once the window has passed")
                .isTrue();
    }

    @Test
    void aKioskServesAVillageAndSendsSixty() {
        for (int i = 0; i < FeedbackThrottle.MAX_PER_KIOSK; i++) {
            assertThat(throttle.tryAcquire("kiosk:7", NOW)).isTrue();
        }
        assertThat(throttle.tryAcquire("kiosk:7", NOW)).isFalse();
        assertThat(throttle.tryAcquire("kiosk:8", NOW)).isTrue();
    }
}
