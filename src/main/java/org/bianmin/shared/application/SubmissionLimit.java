package org.bianmin.shared.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops a flood of public submissions (feedback, objections): at most so many in a sliding window from one address,
 * more from one kiosk, where a village queues at one machine. Kept per server node; nothing about the client is
 * stored, so an anonymous submission stays anonymous. Each feature extends it with its own limits as an
 * application-scoped bean.
 */
public class SubmissionLimit {

    /** Clients named this way are kiosks (the device id follows) and get the kiosk limit. */
    public static final String KIOSK_PREFIX = "kiosk:";

    private static final int MAX_KEYS = 100_000;

    private final int maxPerAddress;
    private final int maxPerKiosk;
    private final Duration window;
    private final Map<String, Deque<Instant>> submitted = new ConcurrentHashMap<>();

    protected SubmissionLimit(int maxPerAddress, int maxPerKiosk, Duration window) {
        this.maxPerAddress = maxPerAddress;
        this.maxPerKiosk = maxPerKiosk;
        this.window = window;
    }

    /** The client name of an enrolled kiosk. */
    public static String kiosk(long deviceId) {
        return KIOSK_PREFIX + deviceId;
    }

    /** Counts one submission if the client is still within its limit. */
    public boolean tryAcquire(String client, Instant now) {
        String key = client == null ? "" : client;
        int max = key.startsWith(KIOSK_PREFIX) ? maxPerKiosk : maxPerAddress;
        if (submitted.size() > MAX_KEYS) {
            submitted.clear(); // a flood of distinct addresses must not exhaust memory; forgetting is the lesser harm
        }
        Deque<Instant> times = submitted.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
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
