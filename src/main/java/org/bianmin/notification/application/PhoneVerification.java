package org.bianmin.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.bianmin.notification.domain.PhoneCode;
import org.bianmin.notification.domain.PhoneCodeRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.PhoneNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Confirms that a person holds a mobile number: {@link #send} texts a six-digit code through the outbox (template
 * {@code phone.code}), {@link #confirm} checks what they typed and uses the code up, inside the caller's transaction.
 * Any feature that needs a confirmed number (named feedback on the rights list, objections to village notices) uses it
 * with a purpose of its own, so a code sent for one thing never confirms another.
 *
 * <p>Limits: a number gets a code at most once a minute and five times an hour, a client (address or kiosk) asks at
 * most 20 (kiosk 60) times an hour, and a code takes five wrong tries. In demo mode there is no SMS gateway, so the
 * code is also handed back for the page to show.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PhoneVerification {

    static final Duration GAP = Duration.ofSeconds(60);
    static final int MAX_PER_NUMBER_PER_HOUR = 5;
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private PhoneCodeRepository codes;
    private PhoneCodeAttempts attempts;
    private Notifications notifications;
    private PhoneCodeThrottle throttle;
    private boolean demo;
    private Clock clock;

    /** For the CDI proxy. */
    protected PhoneVerification() {}

    @Inject
    public PhoneVerification(
            PhoneCodeRepository codes,
            PhoneCodeAttempts attempts,
            Notifications notifications,
            PhoneCodeThrottle throttle,
            @ConfigProperty(name = "bianmin.demo", defaultValue = "false") boolean demo) {
        this(codes, attempts, notifications, throttle, demo, Clock.systemDefaultZone());
    }

    PhoneVerification(
            PhoneCodeRepository codes,
            PhoneCodeAttempts attempts,
            Notifications notifications,
            PhoneCodeThrottle throttle,
            boolean demo,
            Clock clock) {
        this.codes = codes;
        this.attempts = attempts;
        this.notifications = notifications;
        this.throttle = throttle;
        this.demo = demo;
        this.clock = clock;
    }

    /**
     * Sends a new code for this purpose to the number; an older code for the same purpose stops working.
     *
     * @param purpose what the code confirms, e.g. {@code rights.feedback}
     * @param client who asks, for throttling only: {@code kiosk:<id>} for a kiosk, else the address
     * @throws BusinessException phone.error.format, phone.error.wait (seconds), phone.error.tooManyCodes
     */
    public SentCode send(String purpose, String rawPhone, String client) {
        PhoneNumber phone = PhoneNumber.parse(rawPhone);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDateTime> last = codes.lastSentTo(phone.value());
        if (last.isPresent() && last.get().plus(GAP).isAfter(now)) {
            long seconds =
                    Math.max(1, Duration.between(now, last.get().plus(GAP)).toSeconds());
            throw new BusinessException("phone.error.wait", seconds);
        }
        if (codes.countSentTo(phone.value(), now.minusHours(1)) >= MAX_PER_NUMBER_PER_HOUR
                || !throttle.tryAcquire(client, clock.instant())) {
            throw new BusinessException("phone.error.tooManyCodes");
        }
        codes.deleteCreatedBefore(now.minus(KEPT_FOR));
        String code = newCode();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        PhoneCode issued =
                codes.save(PhoneCode.issue(purpose, phone, code, HexFormat.of().formatHex(salt), now));
        notifications.toVillager(phone.value(), NotificationTemplates.PHONE_CODE, Map.of("code", code), null);
        return new SentCode(phone.masked(), issued.getExpiresAt(), demo ? code : null);
    }

    /**
     * Checks the typed code against the newest one sent to the number for this purpose and uses it up, in the
     * caller's transaction: if the caller then fails, the code stays confirmed and may be used again. A wrong try
     * counts even then.
     *
     * @throws BusinessException phone.error.format, phone.error.wrongCode (tries left), phone.error.noCode (none
     *     sent, expired, used, or too many wrong tries: ask for a new one)
     */
    public void confirm(String purpose, String rawPhone, String typed) {
        PhoneNumber phone = PhoneNumber.parse(rawPhone);
        LocalDateTime now = LocalDateTime.now(clock);
        PhoneCodeAttempts.Attempt attempt = attempts.check(purpose, phone.value(), typed, now);
        switch (attempt.result()) {
            case RIGHT -> {
                PhoneCode code = codes.newestForUpdate(purpose, phone.value())
                        .filter(c -> c.getId().equals(attempt.codeId()) && c.isOpen(now))
                        .orElseThrow(() -> new BusinessException("phone.error.noCode"));
                code.consume(now);
                codes.save(code);
            }
            case WRONG -> {
                if (attempt.triesLeft() == 0) {
                    throw new BusinessException("phone.error.noCode");
                }
                throw new BusinessException("phone.error.wrongCode", attempt.triesLeft());
            }
            default -> throw new BusinessException("phone.error.noCode");
        }
    }

    /** Whether codes are shown on screen (demo mode, no SMS gateway). */
    public boolean isDemo() {
        return demo;
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
