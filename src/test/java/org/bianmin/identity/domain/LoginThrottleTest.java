package org.bianmin.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Sign-in throttling: 5 failures in a row lock a user name for 30 minutes")
class LoginThrottleTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(30));
    private static final LocalDateTime NINE_AM = LocalDateTime.of(2025, 3, 1, 9, 0);

    private LoginThrottle throttle;

    @BeforeEach
    void newThrottle() {
        throttle = new LoginThrottle("zhang.san");
    }

    /** Records {@code count} failures one minute apart starting at {@code from}; returns the time of the last. */
    private LocalDateTime failTimes(int count, LocalDateTime from) {
        LocalDateTime at = from;
        for (int i = 0; i < count; i++) {
            at = from.plusMinutes(i);
            assertThat(throttle.recordFailure(at, POLICY))
                    .as("failure %d locks", i + 1)
                    .isFalse();
        }
        return at;
    }

    @Test
    void aNameWithoutFailuresIsNotLocked() {
        assertThat(throttle.isLocked(NINE_AM)).isFalse();
        assertThat(throttle.getFailures()).isZero();
        assertThat(throttle.getLockedUntil()).isNull();
        assertThat(throttle.getUsername()).isEqualTo("zhang.san");
    }

    @Test
    void fourFailuresDoNotLock() {
        LocalDateTime last = failTimes(4, NINE_AM);

        assertThat(throttle.getFailures()).isEqualTo(4);
        assertThat(throttle.isLocked(last)).isFalse();
        assertThat(throttle.getLockedUntil()).isNull();
    }

    @Nested
    @DisplayName("the fifth failure")
    class FifthFailure {

        private LocalDateTime fifth;

        @BeforeEach
        void fourFailuresFirst() {
            fifth = failTimes(4, NINE_AM).plusMinutes(1);
        }

        @Test
        void locksTheName() {
            assertThat(throttle.recordFailure(fifth, POLICY)).isTrue();
            assertThat(throttle.isLocked(fifth)).isTrue();
            assertThat(throttle.getFailures()).isEqualTo(5);
        }

        @Test
        void locksForThirtyMinutesFromItself() {
            throttle.recordFailure(fifth, POLICY);

            assertThat(throttle.getLockedUntil()).isEqualTo(fifth.plusMinutes(30));
            assertThat(throttle.isLocked(fifth.plusMinutes(30).minusSeconds(1))).isTrue();
        }

        @Test
        void theLockEndsAfterThirtyMinutes() {
            throttle.recordFailure(fifth, POLICY);

            assertThat(throttle.isLocked(fifth.plusMinutes(30))).isFalse();
            assertThat(throttle.isLocked(fifth.plusHours(2))).isFalse();
        }

        @Test
        void furtherFailuresWhileLockedNeitherReportANewLockNorExtendIt() {
            throttle.recordFailure(fifth, POLICY);

            assertThat(throttle.recordFailure(fifth.plusMinutes(10), POLICY)).isFalse();
            assertThat(throttle.getLockedUntil()).isEqualTo(fifth.plusMinutes(30));
            assertThat(throttle.isLocked(fifth.plusMinutes(10))).isTrue();
        }
    }

    @Nested
    @DisplayName("after a lock has run out")
    class AfterTheLock {

        private LocalDateTime unlocked;

        @BeforeEach
        void lockAndWait() {
            LocalDateTime fifth = failTimes(4, NINE_AM).plusMinutes(1);
            throttle.recordFailure(fifth, POLICY);
            unlocked = fifth.plusMinutes(30);
        }

        @Test
        void aFailureStartsCountingAfresh() {
            assertThat(throttle.recordFailure(unlocked.plusMinutes(5), POLICY)).isFalse();

            assertThat(throttle.getFailures()).isEqualTo(1);
            assertThat(throttle.getLockedUntil()).isNull();
            assertThat(throttle.isLocked(unlocked.plusMinutes(5))).isFalse();
        }

        @Test
        void aFailureAtTheVeryMomentTheLockEndsAlsoStartsAfresh() {
            assertThat(throttle.recordFailure(unlocked, POLICY)).isFalse();

            assertThat(throttle.getFailures()).isEqualTo(1);
        }

        @Test
        void fiveNewFailuresAreNeededToLockAgain() {
            LocalDateTime last = failTimes(4, unlocked);
            LocalDateTime fifth = last.plusMinutes(1);

            assertThat(throttle.recordFailure(fifth, POLICY)).isTrue();
            assertThat(throttle.getLockedUntil()).isEqualTo(fifth.plusMinutes(30));
        }
    }

    @Test
    void aPolicyOfOneFailureLocksAtOnce() {
        LockoutPolicy strict = new LockoutPolicy(1, Duration.ofSeconds(1));

        assertThat(throttle.recordFailure(NINE_AM, strict)).isTrue();
        assertThat(throttle.getLockedUntil()).isEqualTo(NINE_AM.plusSeconds(1));
    }

    @Nested
    @DisplayName("the lockout policy")
    class Policy {

        @ParameterizedTest(name = "maxFailures {0}")
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void needsAtLeastOneFailure(int maxFailures) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new LockoutPolicy(maxFailures, Duration.ofMinutes(30)));
        }

        @Test
        void needsAPositiveLockout() {
            assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ZERO));
            assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(-30)));
            assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ofNanos(-1)));
        }

        @Test
        void acceptsTheSmallestSensibleValues() {
            assertThatCode(() -> new LockoutPolicy(1, Duration.ofNanos(1))).doesNotThrowAnyException();
        }
    }
}
