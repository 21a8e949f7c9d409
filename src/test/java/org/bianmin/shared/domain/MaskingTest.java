package org.bianmin.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Masking personal data for display")
class MaskingTest {

    @Nested
    @DisplayName("a name")
    class Name {

        @ParameterizedTest(name = "[{index}] {0} -> {1}")
        @CsvSource({
            "张三, 张*",
            "张小华, 张*华",
            "欧阳小华, 欧**华",
            "司马相如君, 司***君",
            "扎西·顿珠, 扎***珠", // a Tibetan name written in Chinese: the dot is masked with the rest
            "王, 王",
            "'  张小华 ', 张*华",
            "王𠮷, 王*", // 𠮷 is outside the Basic Multilingual Plane: one character, two Java chars
            "𠮷小华, 𠮷*华",
        })
        void inChineseKeepsTheFirstAndLastCharacter(String name, String masked) {
            assertThat(Masking.name(name)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "[{index}] {0} -> {1}")
        @CsvSource({
            "Zhang San, Z**** S**",
            "'  Zhang   San ', Z**** S**",
            "Ouyang Xiaohua, O***** X******",
            "Li, L*",
            "J Smith, J S****",
            "Renée, R****",
            "𐒻𐓏𐓘 Li, 𐒻** L*", // Osage letters lie outside the BMP: one letter, two Java chars
        })
        void inLettersKeepsTheFirstLetterOfEachWord(String name, String masked) {
            assertThat(Masking.name(name)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t", "　"})
        void thatIsMissingIsEmpty(String name) {
            assertThat(Masking.name(name)).isEmpty();
        }
    }

    @Nested
    @DisplayName("an ID number as stored")
    class IdNumberAsStored {

        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource({
            "510904199001011242, 5109**********1242",
            "51090419520229106x, 5109**********106X",
            "510904199001011243, 5109**********1243", // a wrong check digit is still somebody's number
            "510904202302301002, 5109**********1002", // so is an impossible date
            "510904900101124, 5109*******1124", // an old 15-digit number
            "51090419900101124, 5109*********1124", // a digit short
            "'510904 19900101 1242', 5109**********1242",
        })
        void keepsTheFirstAndLastFourOfAnythingShapedLikeOne(String raw, String masked) {
            assertThat(Masking.idNumber(raw)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource({
            "51090419900101, **************", // 14 digits: showing 8 would leave too little hidden
            "12345678, ********",
            "5109041990010112A2, ******************",
            "X10904199001011242, ******************",
            "unknown, *******",
            "不详, **",
        })
        void masksEverythingElseCompletely(String raw, String masked) {
            assertThat(Masking.idNumber(raw)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void thatIsMissingIsEmpty(String raw) {
            assertThat(Masking.idNumber(raw)).isEmpty();
        }
    }

    @Nested
    @DisplayName("a phone number as stored")
    class PhoneAsStored {

        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource({
            "13812345678, 138****5678",
            "138-1234-5678, 138****5678",
            "+86 138 1234 5678, 138****5678",
            "12812345678, 128****5678", // not a mobile prefix, but it is still somebody's number
            "138123456789, 138*****6789", // a digit too many
            "0825-12345678, 082*****5678", // a landline with its area code
        })
        void keepsTheFirstThreeAndLastFourOfElevenDigitsOrMore(String raw, String masked) {
            assertThat(Masking.phone(raw)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource({
            "1381234567, **********", // 10 digits: showing 7 would leave too little hidden
            "2345678, *******",
            "138l2345678, ***********",
            "138.1234.5678, *************",
            "none, ****",
        })
        void masksEverythingElseCompletely(String raw, String masked) {
            assertThat(Masking.phone(raw)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void thatIsMissingIsEmpty(String raw) {
            assertThat(Masking.phone(raw)).isEmpty();
        }
    }
}
