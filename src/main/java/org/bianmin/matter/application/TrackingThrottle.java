package org.bianmin.matter.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing on the tracking page: after 10 wrong tries against one tracking number, or 50 from one address
 * (a kiosk is shared by a whole village, so it gets more), within 15 minutes, further tries are refused until the
 * window passes. Kept per server node; a cluster of n nodes allows n times as many guesses, still far too few to find
 * a phone's last four digits (10,000 possibilities).
 */
@ApplicationScoped
public class TrackingThrottle {

    static final int MAX_FAILURES_PER_NUMBER = 10;
    static final int MAX_FAILURES_PER_CLIENT = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean blockedNumber(String number, Instant now) {
        return blocked("number:" + number, MAX_FAILURES_PER_NUMBER, now);
    }

    public boolean blockedClient(String client, Instant now) {
        return blocked("client:" + client, MAX_FAILURES_PER_CLIENT, now);
    }

    /** Counts a wrong try against the client and, when it named a possible number, against that number. */
    public void failed(String client, String number, Instant now) {
        failed("client:" + client, now);
        if (number != null) {
            failed("number:" + number, now);
        }
    }

    private boolean blocked(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, now);
            return times.size() >= max;
        }
    }

    private void failed(String key, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.clear(); // a flood of distinct keys must not exhaust memory; forgetting is the lesser harm
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.pollFirst();
        }
    }
}
