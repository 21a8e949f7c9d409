package org.bianmin.api.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps one client from crowding out the others: a token bucket per API key (reads and writes apart) and one per
 * client address for calls without a valid key. A bucket holds a minute's allowance and refills evenly, so a client
 * may burst up to its allowance and then goes at the steady rate. Kept per server node: behind a load balancer with n
 * nodes a client gets up to n times the allowance.
 */
@ApplicationScoped
public class ApiThrottle {

    /** What a call does: reads (GET) and writes (POST) are counted apart for a key. */
    public enum Use {
        READ,
        WRITE
    }

    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_BUCKETS = 100_000;

    @Inject
    @ConfigProperty(name = "bianmin.api.reads-per-minute", defaultValue = "600")
    int readsPerMinute;

    @Inject
    @ConfigProperty(name = "bianmin.api.writes-per-minute", defaultValue = "60")
    int writesPerMinute;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ApiThrottle() {}

    ApiThrottle(int readsPerMinute, int writesPerMinute) {
        this.readsPerMinute = readsPerMinute;
        this.writesPerMinute = writesPerMinute;
    }

    /** A call made with a valid key: takes one token from the key's bucket for this use, if there is one. */
    public boolean allowKey(long keyId, Use use, Instant now) {
        return take("key:" + keyId + ":" + use, perMinute(use), now);
    }

    /** A call without a valid key: takes one token from the address's bucket (the read allowance), if there is one. */
    public boolean allowAddress(String address, Instant now) {
        return take("address:" + address, readsPerMinute, now);
    }

    /** The allowance per minute for this use (a call without a valid key has the read allowance). */
    public int perMinute(Use use) {
        return use == Use.WRITE ? writesPerMinute : readsPerMinute;
    }

    /** How long until the next token, at the steady rate: what a 429's Retry-After says. */
    public long retryAfterSeconds(Use use) {
        return Math.max(1, (WINDOW.toSeconds() + perMinute(use) - 1) / perMinute(use));
    }

    private boolean take(String name, int perMinute, Instant now) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear(); // a flood of distinct addresses must not exhaust memory; forgetting is the lesser harm
        }
        return buckets.computeIfAbsent(name, n -> new Bucket(perMinute, now)).take(now);
    }

    /** Tokens refill continuously at {@code capacity} per {@link #WINDOW}, up to {@code capacity}. */
    static final class Bucket {
        private final int capacity;
        private double tokens;
        private Instant refilledAt;

        Bucket(int capacity, Instant now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized boolean take(Instant now) {
            if (now.isAfter(refilledAt)) {
                double elapsed = Duration.between(refilledAt, now).toNanos();
                tokens = Math.min(capacity, tokens + capacity * elapsed / WINDOW.toNanos());
                refilledAt = now;
            }
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
