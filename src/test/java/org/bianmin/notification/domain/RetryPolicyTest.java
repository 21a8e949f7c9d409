package org.bianmin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The retry policy")
class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.withMaxAttempts(8);

    @Test
    void waitsOneTwoFourEightMinutesAndSoOnCappedAtAnHour() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(policy::delayAfter).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L);
    }

    @Test
    void neverOverflowsHoweverManyAttempts() {
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void givesUpOnceTheAttemptsAreUsed() {
        assertThat(policy.givesUpAfter(7)).isFalse();
        assertThat(policy.givesUpAfter(8)).isTrue();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> RetryPolicy.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
