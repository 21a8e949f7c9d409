package org.bianmin.eldercare.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bianmin.shared.application.SubmissionLimit;
import org.junit.jupiter.api.Test;

class PostingObjectionThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void anAddressGetsTenObjectionsAQuarterHourAndAKioskForty() {
        PostingObjectionThrottle throttle = new PostingObjectionThrottle();
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAcquire("10.0.0.9", NOW)).isTrue();
        }
        assertThat(throttle.tryAcquire("10.0.0.9", NOW)).isFalse();
        assertThat(throttle.tryAcquire(
                        "10.0.0.9", NOW.plus(PostingObjectionThrottle.WINDOW).plusSeconds(1)))
                .isTrue();

        String kiosk = SubmissionLimit.kiosk(7);
        for (int i = 0; i < 40; i++) {
            assertThat(throttle.tryAcquire(kiosk, NOW)).isTrue();
        }
        assertThat(throttle.tryAcquire(kiosk, NOW)).isFalse();
    }
}
