package org.bianmin.api.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.bianmin.api.application.ApiThrottle.Use;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The API throttle: a minute's allowance per key (reads and writes apart) or per address")
class ApiThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-29T02:00:00Z");

    private final ApiThrottle throttle = new ApiThrottle(600, 60);

    private static long allowed(int calls, java.util.function.IntPredicate call) {
        return IntStream.range(0, calls).filter(call).count();
    }

    @Test
    void aKeyMayFileSixtyRequestsAtOnceAndNoMore() {
        assertThat(allowed(60, i -> throttle.allowKey(1, Use.WRITE, T0))).isEqualTo(60);
        assertThat(throttle.allowKey(1, Use.WRITE, T0)).isFalse();
    }

    @Test
    void theAllowanceComesBackEvenlyOverTheMinute() {
        allowed(60, i -> throttle.allowKey(1, Use.WRITE, T0));

        assertThat(throttle.allowKey(1, Use.WRITE, T0.plusMillis(500))).isFalse();
        assertThat(throttle.allowKey(1, Use.WRITE, T0.plusSeconds(1))).isTrue();
        assertThat(throttle.allowKey(1, Use.WRITE, T0.plusSeconds(1))).isFalse();
        assertThat(allowed(100, i -> throttle.allowKey(1, Use.WRITE, T0.plusSeconds(70))))
                .as("a bucket never holds more than a minute's allowance")
                .isEqualTo(60);
    }

    @Test
    void readsAndWritesOfAKeyAreCountedApart() {
        allowed(60, i -> throttle.allowKey(1, Use.WRITE, T0));

        assertThat(throttle.allowKey(1, Use.WRITE, T0)).isFalse();
        assertThat(allowed(600, i -> throttle.allowKey(1, Use.READ, T0))).isEqualTo(600);
        assertThat(throttle.allowKey(1, Use.READ, T0)).isFalse();
    }

    @Test
    void eachKeyAndEachAddressHasItsOwnBucket() {
        allowed(60, i -> throttle.allowKey(1, Use.WRITE, T0));
        allowed(600, i -> throttle.allowAddress("10.0.0.1", T0));

        assertThat(throttle.allowKey(2, Use.WRITE, T0)).isTrue();
        assertThat(throttle.allowAddress("10.0.0.1", T0)).isFalse();
        assertThat(throttle.allowAddress("10.0.0.2", T0)).isTrue();
    }

    @Test
    void aThrottledClientIsToldWhenTheNextCallWillPass() {
        assertThat(throttle.retryAfterSeconds(Use.WRITE)).isEqualTo(1);
        assertThat(throttle.retryAfterSeconds(Use.READ)).isEqualTo(1);
        assertThat(new ApiThrottle(600, 10).retryAfterSeconds(Use.WRITE)).isEqualTo(6);
        assertThat(throttle.perMinute(Use.WRITE)).isEqualTo(60);
    }
}
