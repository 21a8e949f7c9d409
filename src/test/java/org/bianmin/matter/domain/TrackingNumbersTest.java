package org.bianmin.matter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Tracking numbers: district prefix, filing date and six random digits, easy to read out")
class TrackingNumbersTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-29");
    private static final TrackingNumbers ANJU = new TrackingNumbers("AJ");

    @Nested
    @DisplayName("new numbers")
    class New {

        @Test
        void lookLikeAJ20261129Dash1234Dash56() {
            for (int i = 0; i < 1_000; i++) {
                assertThat(ANJU.next(DAY)).matches("AJ20261129-\\d{4}-\\d{2}");
            }
        }

        @Test
        void carryTheFilingDate() {
            assertThat(ANJU.next(LocalDate.parse("2027-01-05"))).startsWith("AJ20270105-");
        }

        /**
         * Not a uniqueness guarantee: with a million values a day, 1,000 numbers share one with a probability of about
         * 40% (birthday bound), which is why matter.tracking_number is unique in the database and filing must retry.
         * What is checked is that the numbers spread over the whole million: 10,000 draws are expected to collide about
         * 50 times (n² / 2N); a generator with fewer random digits or a skewed one collides thousands of times.
         */
        @Test
        void collisionsOnOneDayAreNoMoreThanAMillionValuesPredict() {
            Set<String> numbers = new HashSet<>();
            int draws = 10_000;
            IntStream.range(0, draws).forEach(i -> numbers.add(ANJU.next(DAY)));

            int collisions = draws - numbers.size();
            assertThat(collisions).isLessThan(120);
        }

        @Test
        void aHundredOnOneDayAreAlmostAlwaysAllDifferent() {
            // a clash among 100 has a probability of 0.5%; among 100 draws, more than one clash is vanishingly rare
            Set<String> numbers = new HashSet<>();
            IntStream.range(0, 100).forEach(i -> numbers.add(ANJU.next(DAY)));

            assertThat(numbers).hasSizeGreaterThanOrEqualTo(98);
        }

        @Test
        void theRandomPartUsesTheWholeRangeIncludingLeadingZeros() {
            // with a million possible values, 20,000 draws land below 010000 about 200 times
            boolean leadingZero = IntStream.range(0, 20_000)
                    .mapToObj(i -> ANJU.next(DAY))
                    .anyMatch(number -> number.startsWith("AJ20261129-0"));

            assertThat(leadingZero).isTrue();
        }

        @Test
        void normaliseGivesANewNumberBackUnchanged() {
            String number = ANJU.next(DAY);

            assertThat(TrackingNumbers.normalise(number)).isEqualTo(number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"A", "AJ", "SNX", "ABCD"})
        void takeAPrefixOfOneToFourCapitalLetters(String prefix) {
            assertThat(new TrackingNumbers(prefix).next(DAY)).startsWith(prefix + "20261129-");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"aj", "Aj", "ABCDE", "A1", "A-J", " AJ", "安居"})
        void refuseAnyOtherPrefix(String prefix) {
            assertThatIllegalArgumentException().isThrownBy(() -> new TrackingNumbers(prefix));
        }
    }

    @Nested
    @DisplayName("what a villager types is normalised")
    class Normalise {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "AJ20261129-1234-56     | AJ20261129-1234-56",
                    "aj 20261129 1234 56    | AJ20261129-1234-56",
                    "AJ20261129123456       | AJ20261129-1234-56",
                    "aj20261129-123456      | AJ20261129-1234-56",
                    "'  AJ 2026 1129 1234 56 ' | AJ20261129-1234-56",
                    "AJ-20261129-1234-56    | AJ20261129-1234-56",
                    "ab20261129-0000-01     | AB20261129-0000-01",
                    "A20261129-1234-56      | A20261129-1234-56",
                    "ABCD20261129-1234-56   | ABCD20261129-1234-56"
                })
        void spacesCaseAndHyphensDoNotMatter(String typed, String expected) {
            assertThat(TrackingNumbers.normalise(typed)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "AJ20261129-1234-5",
                    "AJ2026112912345",
                    "AJ20261129-1234-567",
                    "AJ202611291234567",
                    "AJ",
                    "20261129-1234-56",
                    "ABCDE20261129-1234-56",
                    "AJ2026I129-1234-56",
                    "AJ20261129-12O4-56",
                    "AJ20261129-1234-5X",
                    "AJ20261129_1234_56",
                    "AJ２０２６１１２９１２３４５６",
                    "",
                    "   "
                })
        void anythingElseIsNotATrackingNumber(String typed) {
            assertThat(TrackingNumbers.normalise(typed)).isNull();
        }

        @Test
        void nothingTypedIsNotATrackingNumber() {
            assertThat(TrackingNumbers.normalise(null)).isNull();
        }
    }
}
