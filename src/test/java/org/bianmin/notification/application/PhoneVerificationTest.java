package org.bianmin.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bianmin.notification.domain.Notification;
import org.bianmin.notification.domain.PhoneCode;
import org.bianmin.notification.domain.PhoneCodeRepository;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Confirming a phone number by a code")
class PhoneVerificationTest {

    private static final String PURPOSE = "rights.feedback";
    private static final String PHONE = "13812345678";

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-20T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Codes as the database keeps them. */
    private static final class InMemoryCodes implements PhoneCodeRepository {
        final List<PhoneCode> rows = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public PhoneCode save(PhoneCode code) {
            if (code.getId() == null) {
                try {
                    Field id = PhoneCode.class.getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(code, ids.incrementAndGet());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                rows.add(code);
            }
            return code;
        }

        @Override
        public Optional<PhoneCode> newestForUpdate(String purpose, String phone) {
            return rows.stream()
                    .filter(c -> c.getPhone().equals(phone) && c.getPurpose().equals(purpose))
                    .max(Comparator.comparing(PhoneCode::getCreatedAt).thenComparing(PhoneCode::getId));
        }

        @Override
        public Optional<LocalDateTime> lastSentTo(String phone) {
            return rows.stream()
                    .filter(c -> c.getPhone().equals(phone))
                    .map(PhoneCode::getCreatedAt)
                    .max(Comparator.naturalOrder());
        }

        @Override
        public long countSentTo(String phone, LocalDateTime since) {
            return rows.stream()
                    .filter(c -> c.getPhone().equals(phone) && !c.getCreatedAt().isBefore(since))
                    .count();
        }

        @Override
        public int deleteCreatedBefore(LocalDateTime before) {
            int size = rows.size();
            rows.removeIf(c -> c.getCreatedAt().isBefore(before));
            return size - rows.size();
        }
    }

    private final MovingClock clock = new MovingClock();
    private final InMemoryCodes codes = new InMemoryCodes();
    private final InMemoryNotificationRepository outbox = new InMemoryNotificationRepository();
    private final PhoneVerification verification = verification(true);

    private PhoneVerification verification(boolean demo) {
        return new PhoneVerification(
                codes,
                new PhoneCodeAttempts(codes),
                new Notifications(outbox, new MessageTexts()),
                new PhoneCodeThrottle(),
                demo,
                clock);
    }

    private static String messageKey(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("no BusinessException");
    }

    @Test
    void sendsSixDigitsThroughTheOutboxAndKeepsOnlyTheirHash() {
        SentCode sent = verification.send(PURPOSE, "138 1234 5678", "10.0.0.1");

        assertThat(sent.demoCode()).matches("\\d{6}");
        assertThat(sent.maskedPhone()).isEqualTo("138****5678");
        Notification message = outbox.saved.get(0);
        assertThat(message.getTemplate()).isEqualTo(NotificationTemplates.PHONE_CODE);
        assertThat(message.getRecipientPhone()).isEqualTo(PHONE);
        assertThat(message.getParams()).containsEntry("code", sent.demoCode());
        assertThat(message.getReference()).isNull();
        assertThat(codes.rows).hasSize(1);
        assertThat(codes.rows.get(0).toString()).doesNotContain(sent.demoCode());
    }

    @Test
    void outsideDemoModeTheCodeIsNeverHandedBack() {
        assertThat(verification(false).send(PURPOSE, PHONE, "10.0.0.1").demoCode())
                .isNull();
    }

    @Test
    void theRightCodeConfirmsOnceOnly() {
        String code = verification.send(PURPOSE, PHONE, "10.0.0.1").demoCode();

        verification.confirm(PURPOSE, PHONE, code);

        assertThat(codes.rows.get(0).getConsumedAt()).isNotNull();
        assertThat(messageKey(() -> verification.confirm(PURPOSE, PHONE, code))).isEqualTo("phone.error.noCode");
    }

    @Test
    void aCodeForOnePurposeConfirmsNothingElse() {
        String code = verification.send(PURPOSE, PHONE, "10.0.0.1").demoCode();

        assertThat(messageKey(() -> verification.confirm("notice.objection", PHONE, code)))
                .isEqualTo("phone.error.noCode");
        verification.confirm(PURPOSE, PHONE, code);
    }

    @Test
    void wrongCodesCountDownAndTheFifthEndsTheCode() {
        String code = verification.send(PURPOSE, PHONE, "10.0.0.1").demoCode();
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int left = PhoneCode.MAX_ATTEMPTS - 1; left > 0; left--) {
            BusinessException e = org.junit.jupiter.api.Assertions.assertThrows(
                    BusinessException.class, () -> verification.confirm(PURPOSE, PHONE, wrong));
            assertThat(e.getMessageKey()).isEqualTo("phone.error.wrongCode");
            assertThat(e.getArguments()).containsExactly(left);
        }
        assertThat(messageKey(() -> verification.confirm(PURPOSE, PHONE, wrong)))
                .isEqualTo("phone.error.noCode");
        assertThat(messageKey(() -> verification.confirm(PURPOSE, PHONE, code))).isEqualTo("phone.error.noCode");
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String code = verification.send(PURPOSE, PHONE, "10.0.0.1").demoCode();
        clock.advance(Duration.ofMinutes(10));

        assertThat(messageKey(() -> verification.confirm(PURPOSE, PHONE, code))).isEqualTo("phone.error.noCode");
    }

    @Test
    void onlyTheNewestCodeWorks() {
        String first = verification.send(PURPOSE, PHONE, "10.0.0.1").demoCode();
        clock.advance(Duration.ofSeconds(61));
        String second = verification.send(PURPOSE, PHONE, "10.0.0.1").demoCode();

        if (!first.equals(second)) {
            assertThat(messageKey(() -> verification.confirm(PURPOSE, PHONE, first)))
                    .isEqualTo("phone.error.wrongCode");
        }
        verification.confirm(PURPOSE, PHONE, second);
    }

    @Test
    void aNumberGetsACodeAtMostOnceAMinuteAndFiveTimesAnHour() {
        verification.send(PURPOSE, PHONE, "10.0.0.1");
        BusinessException wait = org.junit.jupiter.api.Assertions.assertThrows(
                BusinessException.class, () -> verification.send(PURPOSE, PHONE, "10.0.0.2"));
        assertThat(wait.getMessageKey()).isEqualTo("phone.error.wait");
        assertThat(wait.getArguments()).containsExactly(60L);

        for (int i = 2; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(61));
            verification.send(PURPOSE, PHONE, "10.0.0." + i);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(messageKey(() -> verification.send(PURPOSE, PHONE, "10.0.0.9")))
                .isEqualTo("phone.error.tooManyCodes");
        clock.advance(Duration.ofMinutes(60));
        verification.send(PURPOSE, PHONE, "10.0.0.9");
        assertThat(outbox.saved).hasSize(6);
    }

    @Test
    void anAddressAsksForAtMostTwentyCodesAnHourAndAKioskSixty() {
        for (int i = 0; i < PhoneCodeThrottle.MAX_PER_ADDRESS; i++) {
            verification.send(PURPOSE, "1390000" + String.format("%04d", i), "10.0.0.1");
        }
        assertThat(messageKey(() -> verification.send(PURPOSE, "13911112222", "10.0.0.1")))
                .isEqualTo("phone.error.tooManyCodes");
        for (int i = 0; i < PhoneCodeThrottle.MAX_PER_KIOSK; i++) {
            verification.send(PURPOSE, "1370000" + String.format("%04d", i), "kiosk:7");
        }
        assertThat(messageKey(() -> verification.send(PURPOSE, "13711112222", "kiosk:7")))
                .isEqualTo("phone.error.tooManyCodes");
        verification.send(PURPOSE, "13911112222", "10.0.0.2");
    }

    @Test
    void oldCodesAreDeletedAfterADay() {
        verification.send(PURPOSE, PHONE, "10.0.0.1");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        verification.send(PURPOSE, "13912345678", "10.0.0.1");

        assertThat(codes.rows).extracting(PhoneCode::getPhone).containsExactly("13912345678");
    }

    @Test
    void refusesWhatIsNoMobileNumber() {
        assertThat(messageKey(() -> verification.send(PURPOSE, "0825-1234567", "10.0.0.1")))
                .isEqualTo("phone.error.format");
        assertThat(outbox.saved).isEmpty();
    }
}
