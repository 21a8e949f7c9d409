package org.bianmin.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A password")
class PasswordPolicyTest {

    private static final String USER = "zhang.san";

    private static void assertAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check(USER, password)).doesNotThrowAnyException();
    }

    private static void assertRefused(ThrowingCallable check, String messageKey, Object... arguments) {
        assertThatExceptionOfType(BusinessException.class).isThrownBy(check).satisfies(e -> {
            assertThat(e.getMessageKey()).isEqualTo(messageKey);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }

    @Nested
    @DisplayName("must be 8 to 128 characters long")
    class Length {

        @Test
        void exactlyEightCharactersFromThreeClassesIsEnough() {
            assertAccepted("abcDEF12");
        }

        @Test
        void sevenCharactersAreTooFew() {
            assertRefused(() -> PasswordPolicy.check(USER, "abcDE12"), "password.error.length", 8, 128);
        }

        @Test
        void exactly128CharactersAreAllowed() {
            assertAccepted("Aa1" + "x".repeat(125));
        }

        @Test
        void moreThan128CharactersAreTooMany() {
            assertRefused(() -> PasswordPolicy.check(USER, "Aa1" + "x".repeat(126)), "password.error.length", 8, 128);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        void aMissingPasswordIsRefusedAsTooShort(String password) {
            assertRefused(() -> PasswordPolicy.check(USER, password), "password.error.length", 8, 128);
        }

        @Test
        void lengthIsCheckedBeforeTheCharacterClasses() {
            assertRefused(() -> PasswordPolicy.check(USER, "aaaa"), "password.error.length", 8, 128);
        }
    }

    @Nested
    @DisplayName("must mix at least 3 of lower case, upper case, digits and other characters")
    class CharacterClasses {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "abcdEFGH", // lower + upper
                    "abcd1234", // lower + digit
                    "abcd!@#$", // lower + other
                    "ABCD1234", // upper + digit
                    "ABCD!@#$", // upper + other
                    "1234!@#$", // digit + other
                    "abcdefghijkl" // lower only
                })
        void fewerThanThreeClassesAreRefused(String password) {
            assertRefused(() -> PasswordPolicy.check(USER, password), "password.error.classes", 3);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "abcdEF12", // lower + upper + digit
                    "abcdEF!?", // lower + upper + other
                    "abcd12!?", // lower + digit + other
                    "ABCD12!?", // upper + digit + other
                    "abCD12!?" // all four
                })
        void anyThreeClassesAreEnough(String password) {
            assertAccepted(password);
        }

        @Test
        void aSpaceCountsAsAnOtherCharacter() {
            assertAccepted("abcd EFGH");
        }

        @Test
        void chineseCharactersCountAsOtherCharacters() {
            assertAccepted("abcdEF安居");
            assertAccepted("便民服务abc123");
        }

        @Test
        void chineseCharactersAreStillOnlyOneClass() {
            assertRefused(() -> PasswordPolicy.check(USER, "安居区便民服务中心"), "password.error.classes", 3);
            assertRefused(() -> PasswordPolicy.check(USER, "abcdefgh安居"), "password.error.classes", 3);
        }

        @Test
        void accentedLettersAreNotLowerCaseLetters() {
            // only a-z counts as lower case; é is "other", so this is lower + other
            assertRefused(() -> PasswordPolicy.check(USER, "abcdéfgh"), "password.error.classes", 3);
        }
    }

    @Nested
    @DisplayName("must not contain the user name")
    class UserName {

        @Test
        void containingTheUserNameIsRefused() {
            assertRefused(() -> PasswordPolicy.check(USER, "Xzhang.san1"), "password.error.containsUsername");
        }

        @Test
        void theComparisonIgnoresCase() {
            assertRefused(() -> PasswordPolicy.check(USER, "ZHANG.SAN!2024"), "password.error.containsUsername");
            assertRefused(() -> PasswordPolicy.check("Zhang.San", "9zhang.sanA"), "password.error.containsUsername");
        }

        @Test
        void onlyPartOfTheUserNameIsAllowed() {
            assertAccepted("Zhang.2024");
        }

        @Test
        void withoutAUserNameOnlyTheOtherRulesApply() {
            assertThatCode(() -> PasswordPolicy.check(null, "zhang.San1")).doesNotThrowAnyException();
        }
    }
}
