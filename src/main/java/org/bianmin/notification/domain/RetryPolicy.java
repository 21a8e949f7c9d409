package org.bianmin.notification.domain;

import java.time.Duration;

/**
 * How often a failed send is retried: after the n-th failed attempt the next one waits {@code firstDelay × 2^(n-1)},
 * at most {@code maxDelay}, and after {@code maxAttempts} attempts the notification is given up. With the standard
 * delays and 8 attempts that is 1, 2, 4, 8, 16, 32 and 60 minutes: about two hours of gateway trouble are ridden out.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive and maxDelay at least firstDelay");
        }
    }

    /** One minute doubling up to an hour. */
    public static RetryPolicy withMaxAttempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, Duration.ofMinutes(1), Duration.ofMinutes(60));
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait before the next attempt once {@code attempts} attempts have failed (attempts ≥ 1). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
