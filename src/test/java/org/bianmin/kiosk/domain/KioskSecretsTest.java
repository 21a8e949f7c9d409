package org.bianmin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Kiosk secrets")
class KioskSecretsTest {

    @Nested
    @DisplayName("an enrolment code")
    class EnrolmentCode {

        @Test
        void hasEightCharactersFromTheUnambiguousAlphabet() {
            for (int i = 0; i < 2_000; i++) {
                String code = KioskSecrets.newEnrolmentCode();
                assertThat(code).hasSize(8);
                assertThat(code.chars()).allMatch(c -> KioskSecrets.CODE_ALPHABET.indexOf(c) >= 0);
            }
        }

        @Test
        void theAlphabetHasNoLookAlikes() {
            assertThat(KioskSecrets.CODE_ALPHABET)
                    .hasSize(32)
                    .doesNotContain("0", "O", "1", "I")
                    .matches("[A-Z2-9]+");
            assertThat(KioskSecrets.CODE_ALPHABET.chars().distinct().count()).isEqualTo(32);
        }

        @Test
        void usesTheWholeAlphabetAndDoesNotRepeat() {
            Set<Integer> seen = new HashSet<>();
            Set<String> codes = new HashSet<>();
            IntStream.range(0, 2_000).forEach(i -> {
                String code = KioskSecrets.newEnrolmentCode();
                codes.add(code);
                code.chars().forEach(seen::add);
            });
            assertThat(seen).hasSize(32);
            assertThat(codes).hasSize(2_000);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ABCD2345", "abcd2345", " ABCD 2345 ", "ABCD-2345", "abcd-2345\n"})
        void isReadInAnyCaseWithSpacesOrAHyphen(String typed) {
            assertThat(KioskSecrets.normaliseCode(typed)).hasValue("ABCD2345");
        }

        @Test
        void theDemoCodeInTheReadmeIsACode() {
            assertThat(KioskSecrets.normaliseCode("sanmen26")).hasValue("SANMEN26");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"ABCD234", "ABCD23456", "ABCD2340", "ABCDO345", "ABCD1345", "ABCDI345", "ABCD_345"})
        void isRefusedWhenItCannotBeACode(String typed) {
            assertThat(KioskSecrets.normaliseCode(typed)).isEmpty();
        }
    }

    @Nested
    @DisplayName("a device token")
    class DeviceToken {

        @Test
        void is32RandomBytesInUnpaddedBase64Url() {
            String token = KioskSecrets.newDeviceToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(KioskSecrets.looksLikeToken(token)).isTrue();
        }

        @Test
        void neverRepeats() {
            Set<String> tokens = new HashSet<>();
            IntStream.range(0, 1_000).forEach(i -> tokens.add(KioskSecrets.newDeviceToken()));
            assertThat(tokens).hasSize(1_000);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(
                strings = {
                    "short",
                    "a token with spaces in it that is long enough",
                    "+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+/+"
                })
        void junkDoesNotLookLikeOne(String value) {
            assertThat(KioskSecrets.looksLikeToken(value)).isFalse();
        }
    }

    @Nested
    @DisplayName("a hash")
    class Hash {

        @Test
        void isSha256AsLowerCaseHex() {
            assertThat(KioskSecrets.hash("abc"))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(KioskSecrets.hash(KioskSecrets.newDeviceToken()))
                    .hasSize(64)
                    .matches("[0-9a-f]+");
        }

        @Test
        void differsForDifferentSecretsAndNeverContainsTheSecret() {
            String token = KioskSecrets.newDeviceToken();
            assertThat(KioskSecrets.hash(token))
                    .isNotEqualTo(KioskSecrets.hash(token + "x"))
                    .doesNotContain(token);
        }

        @Test
        void comparesOnlyEqualHashesAsTheSame() {
            String hash = KioskSecrets.hash("SANMEN26");
            assertThat(KioskSecrets.sameHash(hash, KioskSecrets.hash("SANMEN26")))
                    .isTrue();
            assertThat(KioskSecrets.sameHash(hash, KioskSecrets.hash("SANMEN27")))
                    .isFalse();
            assertThat(KioskSecrets.sameHash(hash, null)).isFalse();
            assertThat(KioskSecrets.sameHash(null, null)).isFalse();
        }
    }
}
