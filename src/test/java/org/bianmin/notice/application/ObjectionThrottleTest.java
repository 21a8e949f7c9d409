package org.bianmin.notice.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObjectionThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");

    @Test
    void anAddressGetsTenIn15MinutesAndAKioskForty() {
        ObjectionThrottle throttle = new ObjectionThrottle();
        for (int i = 0; i < ObjectionThrottle.MAX_PER_ADDRESS; i++) {
            assertThat(throttle.tryAcquire("10.0.0.1", NOW)).isTrue();
        }
        assertThat(throttle.tryAcquire("10.0.0.1", NOW)).isFalse();
        assertThat(throttle.tryAcquire("10.0.0.2", NOW)).as("another address").isTrue();
        assertThat(throttle.tryAcquire(
                        "10.0.0.1", NOW.plus(ObjectionThrottle.WINDOW).plusSeconds(1)))
                .as("after the window")
                .isTrue();
        for (int i = 0; i < ObjectionThrottle.MAX_PER_KIOSK; i++) {
            assertThat(throttle.tryAcquire("kiosk:7", NOW)).isTrue();
        }
        assertThat(throttle.tryAcquire("kiosk:7", NOW)).isFalse();
    }
}
