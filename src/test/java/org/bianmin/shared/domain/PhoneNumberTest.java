package org.bianmin.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A mobile phone number")
class PhoneNumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "13812345678       | 13812345678",
                "138 1234 5678     | 13812345678",
                "138-1234-5678     | 13812345678",
                "+86 138 1234 5678 | 13812345678",
                "+86-138-1234-5678 | 13812345678",
                "+8613812345678    | 13812345678",
                "8613812345678     | 13812345678",
                "86 13812345678    | 13812345678",
                "'  13812345678 '  | 13812345678",
                "138　1234　5678     | 13812345678", // full-width spaces from a Chinese input method
                "13000000000       | 13000000000",
                "19999999999       | 19999999999",
                "15228661234       | 15228661234",
            })
    void isReadWithoutSeparatorsOrCountryCode(String raw, String value) {
        assertThat(PhoneNumber.parse(raw).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "  ",
                "1381234567", // 10 digits
                "138123456789", // 12 digits
                "12812345678", // 12x is not a mobile prefix
                "10012345678",
                "23812345678",
                "0825-2345678", // a landline (Suining's area code): it cannot receive an SMS
                "+85213812345678", // Hong Kong, not the mainland
                "+86 1381234567",
                "8613812345678 9",
                "138.1234.5678",
                "(138) 1234 5678",
                "138l2345678", // a letter l for a 1
                "１３８１２３４５６７８", // full-width digits
            })
    void isRefusedUnlessElevenDigitsStartingThirteenToNineteen(String raw) {
        assertThatExceptionOfType(BusinessException.class)
                .isThrownBy(() -> PhoneNumber.parse(raw))
                .satisfies(e -> assertThat(e.getMessageKey()).isEqualTo("phone.error.format"));
    }

    @Test
    void givesItsLastFourDigits() {
        assertThat(PhoneNumber.parse("+86 138 1234 5678").lastFour()).isEqualTo("5678");
    }

    @Test
    void isMaskedToItsFirstThreeAndLastFour() {
        PhoneNumber phone = PhoneNumber.parse("+86 152-2866-1234");

        assertThat(phone.masked()).isEqualTo("152****1234");
        assertThat(phone.getMasked()).isEqualTo("152****1234");
    }

    @Test
    void isMaskedEvenWhenPrintedCarelessly() {
        assertThat("sms to " + PhoneNumber.parse("13812345678")).isEqualTo("sms to 138****5678");
    }

    @Test
    void numbersWrittenDifferentlyAreEqual() {
        assertThat(PhoneNumber.parse("138-1234-5678"))
                .isEqualTo(PhoneNumber.parse("+86 13812345678"))
                .hasSameHashCodeAs(PhoneNumber.parse("13812345678"))
                .isNotEqualTo(PhoneNumber.parse("13812345679"));
    }

    @Test
    void theConstructorNormalisesAndValidatesLikeParse() {
        assertThat(new PhoneNumber("138 1234 5678").value()).isEqualTo("13812345678");
        assertThatExceptionOfType(BusinessException.class).isThrownBy(() -> new PhoneNumber("1381234567"));
    }
}
