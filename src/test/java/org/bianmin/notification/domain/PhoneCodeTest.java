package org.bianmin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.bianmin.notification.domain.PhoneCode.Result;
import org.bianmin.shared.domain.PhoneNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A phone confirmation code")
class PhoneCodeTest {

    private static final LocalDateTime SENT = LocalDateTime.parse("2026-11-20T10:00");
    private static final PhoneNumber PHONE = PhoneNumber.parse("13812345678");

    private final PhoneCode code =
            PhoneCode.issue("rights.feedback", PHONE, "042719", "00112233445566778899aabbccddeeff", SENT);

    @Test
    void keepsOnlyASaltedHash() {
        assertThat(code.toString()).doesNotContain("042719", "1381");
        assertThat(PhoneCode.hash("00112233445566778899aabbccddeeff", "042719"))
                .hasSize(64)
                .isNotEqualTo(PhoneCode.hash("ffeeddccbbaa99887766554433221100", "042719"));
        assertThat(code.getPhone()).isEqualTo("13812345678");
        assertThat(code.getExpiresAt()).isEqualTo(SENT.plusMinutes(10));
    }

    @Test
    void theRightCodeIsVerifiedAndThenUsedOnce() {
        assertThat(code.check("042719", SENT.plusMinutes(1))).isEqualTo(Result.RIGHT);
        assertThat(code.getVerifiedAt()).isEqualTo(SENT.plusMinutes(1));
        assertThat(code.check("042719", SENT.plusMinutes(2))).isEqualTo(Result.RIGHT);
        assertThat(code.getVerifiedAt()).isEqualTo(SENT.plusMinutes(1));

        code.consume(SENT.plusMinutes(2));

        assertThat(code.check("042719", SENT.plusMinutes(3))).isEqualTo(Result.NONE);
        assertThat(code.isOpen(SENT.plusMinutes(3))).isFalse();
        assertThatThrownBy(() -> code.consume(SENT.plusMinutes(3))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isReadAsPeopleTypeIt() {
        assertThat(code.check(" 042 719 ", SENT)).isEqualTo(Result.RIGHT);
        PhoneCode other = PhoneCode.issue("rights.feedback", PHONE, "042719", "ab".repeat(16), SENT);
        assertThat(other.check("０４２７１９", SENT)).isEqualTo(Result.RIGHT);
    }

    @Test
    void fiveWrongTriesEndIt() {
        for (int i = 1; i <= PhoneCode.MAX_ATTEMPTS; i++) {
            assertThat(code.check("111111", SENT)).isEqualTo(Result.WRONG);
            assertThat(code.triesLeft()).isEqualTo(PhoneCode.MAX_ATTEMPTS - i);
        }
        assertThat(code.check("042719", SENT)).isEqualTo(Result.NONE);
        assertThat(code.isOpen(SENT)).isFalse();
    }

    @Test
    void garbageCountsAsAWrongTry() {
        assertThat(code.check("0427", SENT)).isEqualTo(Result.WRONG);
        assertThat(code.check("abcdef", SENT)).isEqualTo(Result.WRONG);
        assertThat(code.check(null, SENT)).isEqualTo(Result.WRONG);
        assertThat(code.triesLeft()).isEqualTo(PhoneCode.MAX_ATTEMPTS - 3);
    }

    @Test
    void expiresAfterTenMinutes() {
        assertThat(code.check("042719", SENT.plusMinutes(10))).isEqualTo(Result.NONE);
        code.check("042719", SENT.plusMinutes(9));
        assertThatThrownBy(() -> code.consume(SENT.plusMinutes(10))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnverifiedCodeCannotBeUsed() {
        assertThatThrownBy(() -> code.consume(SENT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesWhatIsNoCode() {
        assertThatThrownBy(() -> PhoneCode.issue("p", PHONE, "12345", "s", SENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneCode.issue(" ", PHONE, "123456", "s", SENT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
