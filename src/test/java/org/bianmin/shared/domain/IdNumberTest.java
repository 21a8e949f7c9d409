package org.bianmin.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check characters in these tables were worked out by hand (and cross-checked with a separate script), not by the
 * code under test; the two examples printed in GB 11643-1999 itself anchor the algorithm.
 */
@DisplayName("A resident identity number (身份证号)")
class IdNumberTest {

    private static void assertRefused(String raw, String messageKey) {
        assertThatExceptionOfType(BusinessException.class)
                .isThrownBy(() -> IdNumber.parse(raw))
                .satisfies(e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    /** Only for numbers whose date depends on today; every fixed number in this file has a hand-checked character. */
    private static String withCheckCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17.charAt(i), 10) * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static String anjuNumberBornOn(LocalDate day) {
        return withCheckCharacter("510904" + day.toString().replace("-", "") + "123");
    }

    @Nested
    @DisplayName("that is valid")
    class Valid {

        @ParameterizedTest(name = "[{index}] {0}: born {1}, {2}")
        @CsvSource({
            "510904193806121011, 1938-06-12, MALE",
            "51090419520229106X, 1952-02-29, FEMALE",
            "510904197611031030, 1976-11-03, MALE",
            "510904199001011242, 1990-01-01, FEMALE",
            "510904200507181148, 2005-07-18, FEMALE",
            "510904201809301197, 2018-09-30, MALE",
            "51090420000229119X, 2000-02-29, MALE",
            "510904190001011006, 1900-01-01, FEMALE",
        })
        void isReadWithItsBirthDateSexAndRegion(String number, LocalDate birthDate, Sex sex) {
            IdNumber id = IdNumber.parse(number);

            assertThat(id.value()).isEqualTo(number);
            assertThat(id.birthDate()).isEqualTo(birthDate);
            assertThat(id.sex()).isEqualTo(sex);
            assertThat(id.regionCode()).isEqualTo("510904");
        }

        @Test
        void theExampleInTheStandardIsValid() {
            IdNumber id = IdNumber.parse("11010519491231002X");

            assertThat(id.regionCode()).isEqualTo("110105");
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        }

        @Test
        void aLowerCaseXIsAcceptedAndStoredUpperCase() {
            IdNumber id = IdNumber.parse("51090419520229106x");

            assertThat(id.value()).isEqualTo("51090419520229106X");
            assertThat(id).isEqualTo(IdNumber.parse("51090419520229106X"));
            assertThat(id).hasSameHashCodeAs(IdNumber.parse("51090419520229106X"));
        }

        @Test
        void blanksAroundTheNumberAreIgnored() {
            assertThat(IdNumber.parse("  510904199001011242\t").value()).isEqualTo("510904199001011242");
        }

        @Test
        void someoneBornTodayHasAValidNumber() {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

            assertThat(IdNumber.parse(anjuNumberBornOn(today)).birthDate()).isEqualTo(today);
        }

        @Test
        void theConstructorNormalisesAndValidatesLikeParse() {
            assertThat(new IdNumber("51090419520229106x").value()).isEqualTo("51090419520229106X");
            assertThatExceptionOfType(BusinessException.class).isThrownBy(() -> new IdNumber("510904199001011243"));
        }
    }

    @Nested
    @DisplayName("is refused")
    class Refused {

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(
                strings = {
                    "   ",
                    "51090419900101124", // 17 characters
                    "5109041990010112420", // 19 characters
                    "51090419900101124A", // a letter other than X at the end
                    "5109041990X1011242", // X anywhere but at the end
                    "510904 199001011242", // a blank inside
                    "５１０９０４１９９００１０１１２４２", // full-width digits, which Character.isDigit would take
                    "51090419900101１242", // one full-width digit
                    "11010519491231002Y",
                })
        void asMalformedWhenNotSeventeenDigitsAndADigitOrX(String raw) {
            assertRefused(raw, "idNumber.error.format");
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "510904199001011243", // the last digit mistyped (…1242)
                    "510904199001011240",
                    "51090419900101124X",
                    "510904199001012142", // two neighbouring digits swapped (…1242)
                    "510904199010011242", // swapped into another real date (1 October)
                    "110105194912310020", // the standard's example with 0 instead of X
                })
        void asNotValidWhenTheCheckCharacterIsWrong(String raw) {
            assertRefused(raw, "idNumber.error.checkDigit");
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "510904202302301002", // 30 February 2023
                    "510904190002291230", // 29 February 1900: 1900 was not a leap year
                    "510904199013011231", // month 13
                    "510904199001001239", // day 0
                    "510904189912311001", // 31 December 1899, before 1900
                    "440524188001010014", // the standard's own example, born in 1880
                })
        void asHavingAWrongBirthDateWhenTheDateIsImpossible(String raw) {
            assertRefused(raw, "idNumber.error.birthDate");
        }

        @Test
        void asHavingAWrongBirthDateWhenTheDateIsInTheFuture() {
            LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

            assertRefused(anjuNumberBornOn(tomorrow), "idNumber.error.birthDate");
        }

        @Test
        void forItsBirthDateRatherThanItsCheckCharacterWhenBothAreWrong() {
            // 30 February with a check character that does not fit either (the right one is 2)
            assertRefused("510904202302301003", "idNumber.error.birthDate");
        }
    }

    @Nested
    @DisplayName("gives the age in completed years (周岁)")
    class Age {

        @ParameterizedTest(name = "[{index}] born {0}, on {1}: {2}")
        @CsvSource({
            "510904199001011242, 1990-01-01, 0",
            "510904199001011242, 2024-12-31, 34",
            "510904199001011242, 2025-01-01, 35",
            "510904199001011242, 2025-01-02, 35",
            "510904193806121011, 2018-06-11, 79",
            "510904193806121011, 2018-06-12, 80",
            "51090419520229106X, 2024-02-29, 72",
            "51090419520229106X, 2025-02-28, 72",
            "51090419520229106X, 2025-03-01, 73",
        })
        void goingUpOnTheBirthday(String number, LocalDate day, int age) {
            assertThat(IdNumber.parse(number).ageOn(day)).isEqualTo(age);
        }

        @Test
        void butNotForADayBeforeTheBirth() {
            IdNumber id = IdNumber.parse("510904199001011242");

            assertThatIllegalArgumentException().isThrownBy(() -> id.ageOn(LocalDate.of(1989, 12, 31)));
        }
    }

    @Nested
    @DisplayName("when shown")
    class Shown {

        @ParameterizedTest(name = "[{index}] {0} -> {1}")
        @CsvSource({
            "510904199001011242, 5109**********1242",
            "51090419520229106x, 5109**********106X",
            "11010519491231002X, 1101**********002X",
        })
        void isMaskedToItsFirstAndLastFour(String number, String masked) {
            assertThat(IdNumber.parse(number).masked()).isEqualTo(masked);
            assertThat(IdNumber.parse(number).getMasked()).isEqualTo(masked);
        }

        @Test
        void isMaskedEvenWhenPrintedCarelessly() {
            IdNumber id = IdNumber.parse("510904199001011242");

            assertThat(id.toString()).isEqualTo("5109**********1242");
            assertThat("resident " + id).doesNotContain("19900101");
        }

        @Test
        void survivesASessionBeingSerialised() throws IOException, ClassNotFoundException {
            IdNumber id = IdNumber.parse("51090419520229106X");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(id);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(in.readObject()).isEqualTo(id);
            }
        }
    }
}
