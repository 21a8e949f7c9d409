package org.bianmin.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how many codes one client asks for: 20 an hour from one address, 60 from one kiosk (a whole village shares
 * it). Kept per server node, like the other throttles; the limits per phone number are in the database and hold for
 * the whole cluster.
 */
@ApplicationScoped
public class PhoneCodeThrottle {

    static final int MAX_PER_ADDRESS = 20;
    static final int MAX_PER_KIOSK = 60;
    static final Duration WINDOW = Duration.ofHours(1);
    /** Clients whose key starts with this are kiosks. */
    public static final String KIOSK_PREFIX = "kiosk:";

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    /** Counts one request if the client is still within its limit. */
    public boolean tryAcquire(String client, Instant now) {
        String key = client == null ? "" : client;
        int max = key.startsWith(KIOSK_PREFIX) ? MAX_PER_KIOSK : MAX_PER_ADDRESS;
        if (sent.size() > MAX_KEYS) {
            sent.clear(); // a flood of distinct addresses must not exhaust memory; forgetting is the lesser harm
        }
        Deque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
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
