package org.bianmin.notice.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops a flood of objections: at most 10 in 15 minutes from one address, 40 from one kiosk (a village may queue at it
 * on the last day of a disclosure). Per server node, like the rights-feedback throttle; nothing is stored.
 */
@ApplicationScoped
public class ObjectionThrottle {

    static final int MAX_PER_ADDRESS = 10;
    static final int MAX_PER_KIOSK = 40;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String KIOSK_PREFIX = "kiosk:";
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> submitted = new ConcurrentHashMap<>();

    /** Counts one submission if the client is still within its limit. */
    public boolean tryAcquire(String client, Instant now) {
        String key = client == null ? "" : client;
        int max = key.startsWith(KIOSK_PREFIX) ? MAX_PER_KIOSK : MAX_PER_ADDRESS;
        if (submitted.size() > MAX_KEYS) {
            submitted.clear(); // a flood of distinct addresses must not exhaust memory; forgetting is the lesser harm
        }
        Deque<Instant> times = submitted.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
