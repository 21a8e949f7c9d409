package org.bianmin.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("API keys: random, stored only as a hash, revoked for good")
class ApiKeyTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-29T10:00:00");

    @Nested
    @DisplayName("the key itself")
    class Secrets {

        @Test
        void isFortyThreeUrlSafeCharactersFromThirtyTwoRandomBytes() {
            for (int i = 0; i < 200; i++) {
                String key = ApiKeySecrets.generate();
                assertThat(key).hasSize(43).matches("[A-Za-z0-9_-]{43}");
                assertThat(ApiKeySecrets.wellFormed(key)).isTrue();
            }
        }

        @Test
        void isNeverTheSameTwice() {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < 1_000; i++) {
                keys.add(ApiKeySecrets.generate());
            }
            assertThat(keys).hasSize(1_000);
        }

        @Test
        void isHashedWithSha256AsLowerCaseHex() {
            // the FIPS 180-2 test vector
            assertThat(ApiKeySecrets.hash("abc"))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(ApiKeySecrets.hash(ApiKeySecrets.generate())).matches("[0-9a-f]{64}");
        }

        @Test
        void theDemoKeyOfTheDocumentationMatchesTheHashInTheDemoData() {
            String demo = "demo-open311-key-not-for-production-use-000";

            assertThat(ApiKeySecrets.wellFormed(demo)).isTrue();
            assertThat(ApiKeySecrets.hash(demo))
                    .isEqualTo("b0db0faeac23a49716f1daa19e04473c3a2ca653a8ac8f86007d52ed2304cba4");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(
                strings = {
                    "short",
                    "demo-open311-key-not-for-production-use-0001", // 44
                    "demo-open311-key-not-for-production-use-00", // 42
                    "demo-open311-key-not-for-production-use+000",
                    "demo-open311-key-not-for-production-use=000",
                    "demo open311-key-not-for-production-use-000"
                })
        void anythingElseIsNotAKey(String candidate) {
            assertThat(ApiKeySecrets.wellFormed(candidate)).isFalse();
        }
    }

    @Nested
    @DisplayName("issuing")
    class Issuing {

        @Test
        void keepsTheNamePrefixAndHashButNeverTheKey() {
            String secret = ApiKeySecrets.generate();

            ApiKey key = ApiKey.issue("  西眉镇村务小程序 ", secret, "admin");

            assertThat(key.getName()).isEqualTo("西眉镇村务小程序");
            assertThat(key.getKeyPrefix()).isEqualTo(secret.substring(0, 8));
            assertThat(key.getKeyHash()).isEqualTo(ApiKeySecrets.hash(secret)).isNotEqualTo(secret);
            assertThat(key.getCreatedBy()).isEqualTo("admin");
            assertThat(key.isRevoked()).isFalse();
            assertThat(key.toString()).doesNotContain(secret).doesNotContain(key.getKeyHash());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "a name that is longer than forty-eight characters!"})
        void needsANameOfAtMost48Characters(String name) {
            assertThatThrownBy(() -> ApiKey.issue(name, ApiKeySecrets.generate(), "admin"))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("api.error.keyName");
        }

        @Test
        void refusesASecretThatWasNotGenerated() {
            assertThatIllegalArgumentException().isThrownBy(() -> ApiKey.issue("app", "password", "admin"));
        }
    }

    @Test
    void aRevokedKeyStaysRevoked() {
        ApiKey key = ApiKey.issue("app", ApiKeySecrets.generate(), "admin");

        key.revoke(NOW);

        assertThat(key.isRevoked()).isTrue();
        assertThat(key.getRevokedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> key.revoke(NOW.plusDays(1)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("api.error.keyAlreadyRevoked");
        assertThat(key.getRevokedAt()).isEqualTo(NOW);
    }
}
