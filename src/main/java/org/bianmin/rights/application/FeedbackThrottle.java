package org.bianmin.rights.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops a flood of feedback: at most 20 submissions in 15 minutes from one address, 60 from one kiosk (a village
 * queues at it). Kept per server node, like the tracking and enrolment throttles; nothing about the client is stored,
 * so anonymous feedback stays anonymous.
 */
@ApplicationScoped
public class FeedbackThrottle {

    static final int MAX_PER_ADDRESS = 20;
    static final int MAX_PER_KIOSK = 60;
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
