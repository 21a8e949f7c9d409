package org.bianmin.kiosk.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of enrolment codes: after 10 wrong codes from one address within 15 minutes, further tries are
 * refused until the window passes. Kept per server node, like the tracking throttle. Codes have 32^8 (about 10^12)
 * values and live a day, so even many addresses guessing at this rate almost never find one.
 */
@ApplicationScoped
public class EnrolmentThrottle {

    static final int MAX_FAILURES_PER_CLIENT = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean blocked(String client, Instant now) {
        Deque<Instant> times = failures.get(key(client));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, now);
            return times.size() >= MAX_FAILURES_PER_CLIENT;
        }
    }

    public void failed(String client, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.clear(); // a flood of distinct addresses must not exhaust memory; forgetting is the lesser harm
        }
        Deque<Instant> times = failures.computeIfAbsent(key(client), k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static String key(String client) {
        return client == null ? "" : client;
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.pollFirst();
        }
    }
}
