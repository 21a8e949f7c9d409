package org.bianmin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A kiosk device")
class KioskDeviceTest {

    private static final LocalDateTime MONDAY_9AM = LocalDateTime.of(2026, 11, 30, 9, 0);

    private Place town;
    private Place village;
    private KioskDevice kiosk;

    @BeforeEach
    void sanmen() {
        Place district = Place.district("510904", "安居区", "Anju District");
        town = Place.under(district, "510904110", "三家镇", "Sanjia Town");
        village = Place.under(town, "510904110201", "三门村", null);
        kiosk = new KioskDevice("三门村便民服务室自助终端", village, 1L);
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatExceptionOfType(BusinessException.class)
                .isThrownBy(action)
                .satisfies(e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    /** A kiosk that a machine has enrolled with; returns the machine's token. */
    private String enrolled() {
        String code = kiosk.issueEnrolmentCode(MONDAY_9AM);
        return kiosk.enrol(code, MONDAY_9AM.plusHours(1));
    }

    @Nested
    @DisplayName("when created")
    class Created {

        @Test
        void belongsToItsVillageAndWaitsForEnrolment() {
            assertThat(kiosk.getVillageCode()).isEqualTo("510904110201");
            assertThat(kiosk.getName()).isEqualTo("三门村便民服务室自助终端");
            assertThat(kiosk.getCreatedBy()).isEqualTo(1L);
            assertThat(kiosk.getStatus()).isEqualTo(KioskStatus.WAITING_FOR_ENROLMENT);
            assertThat(kiosk.getTokenHash()).isNull();
        }

        @Test
        void belongsToAVillageNotATown() {
            assertRefused(() -> new KioskDevice("终端", town, 1L), "kiosk.error.village");
            assertRefused(() -> new KioskDevice("终端", null, 1L), "kiosk.error.village");
        }

        @Test
        void belongsToAnActiveVillage() {
            village.deactivate(0);
            assertRefused(() -> new KioskDevice("终端", village, 1L), "kiosk.error.villageInactive");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void needsAName(String name) {
            assertRefused(() -> new KioskDevice(name, village, 1L), "kiosk.error.name");
        }

        @Test
        void hasANameOfAtMost100Characters() {
            assertThat(new KioskDevice("终".repeat(100), village, 1L).getName()).hasSize(100);
            assertRefused(() -> new KioskDevice("终".repeat(101), village, 1L), "kiosk.error.name");
        }
    }

    @Nested
    @DisplayName("an enrolment code")
    class EnrolmentCode {

        @Test
        void isKeptOnlyAsItsHashAndWorksFor24Hours() {
            String code = kiosk.issueEnrolmentCode(MONDAY_9AM);
            assertThat(code).hasSize(KioskSecrets.CODE_LENGTH);
            assertThat(kiosk.getEnrolmentCodeHash()).isEqualTo(KioskSecrets.hash(code));
            assertThat(kiosk.getEnrolmentExpiresAt()).isEqualTo(MONDAY_9AM.plusHours(24));
        }

        @Test
        void isAcceptedBeforeItExpiresInAnyCase() {
            String code = kiosk.issueEnrolmentCode(MONDAY_9AM);
            assertThat(kiosk.acceptsCode(code, MONDAY_9AM)).isTrue();
            assertThat(kiosk.acceptsCode(
                            code.toLowerCase(), MONDAY_9AM.plusHours(23).plusMinutes(59)))
                    .isTrue();
        }

        @Test
        void expiresAfter24Hours() {
            String code = kiosk.issueEnrolmentCode(MONDAY_9AM);
            assertThat(kiosk.acceptsCode(code, MONDAY_9AM.plusHours(24))).isFalse();
            assertThat(kiosk.isCodeExpired(MONDAY_9AM.plusHours(24))).isTrue();
            assertRefused(() -> kiosk.enrol(code, MONDAY_9AM.plusHours(25)), "kiosk_enrol.error.invalid");
            assertThat(kiosk.getStatus()).isEqualTo(KioskStatus.WAITING_FOR_ENROLMENT);
        }

        @Test
        void aWrongCodeIsRefusedWithTheSameAnswer() {
            String code = kiosk.issueEnrolmentCode(MONDAY_9AM);
            String wrong = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
            assertRefused(() -> kiosk.enrol(wrong, MONDAY_9AM), "kiosk_enrol.error.invalid");
            assertRefused(() -> kiosk.enrol("not a code", MONDAY_9AM), "kiosk_enrol.error.invalid");
            assertRefused(() -> kiosk.enrol(null, MONDAY_9AM), "kiosk_enrol.error.invalid");
        }

        @Test
        void worksOnlyOnce() {
            String code = kiosk.issueEnrolmentCode(MONDAY_9AM);
            kiosk.enrol(code, MONDAY_9AM.plusMinutes(5));
            assertThat(kiosk.getEnrolmentCodeHash()).isNull();
            assertThat(kiosk.acceptsCode(code, MONDAY_9AM.plusMinutes(6))).isFalse();
            assertRefused(() -> kiosk.enrol(code, MONDAY_9AM.plusMinutes(6)), "kiosk_enrol.error.invalid");
        }

        @Test
        void aNewCodeReplacesTheOldOne() {
            String first = kiosk.issueEnrolmentCode(MONDAY_9AM);
            String second = kiosk.issueEnrolmentCode(MONDAY_9AM.plusMinutes(1));
            assertThat(kiosk.acceptsCode(first, MONDAY_9AM.plusMinutes(2))).isEqualTo(first.equals(second));
            assertThat(kiosk.acceptsCode(second, MONDAY_9AM.plusMinutes(2))).isTrue();
        }

        @Test
        void aKioskWithoutACodeAcceptsNone() {
            assertThat(kiosk.acceptsCode("ABCD2345", MONDAY_9AM)).isFalse();
        }
    }

    @Nested
    @DisplayName("enrolment")
    class Enrolment {

        @Test
        void givesTheMachineATokenAndKeepsOnlyItsHash() {
            String token = enrolled();
            assertThat(KioskSecrets.looksLikeToken(token)).isTrue();
            assertThat(kiosk.getTokenHash()).isEqualTo(KioskSecrets.hash(token)).doesNotContain(token);
            assertThat(kiosk.getStatus()).isEqualTo(KioskStatus.ENROLLED);
            assertThat(kiosk.getEnrolledAt()).isEqualTo(MONDAY_9AM.plusHours(1));
            assertThat(kiosk.getLastSeenAt()).isEqualTo(MONDAY_9AM.plusHours(1));
            assertThat(kiosk.getEnrolmentExpiresAt()).isNull();
        }

        @Test
        void letsTheKioskRecogniseItsTokenAndNoOther() {
            String token = enrolled();
            assertThat(kiosk.recognises(token)).isTrue();
            assertThat(kiosk.recognises(KioskSecrets.newDeviceToken())).isFalse();
            assertThat(kiosk.recognises(null)).isFalse();
            assertThat(kiosk.recognises("")).isFalse();
        }

        @Test
        void reEnrolmentEndsTheOldMachinesTokenAtOnce() {
            String oldToken = enrolled();
            String code = kiosk.issueEnrolmentCode(MONDAY_9AM.plusDays(30));
            assertThat(kiosk.recognises(oldToken)).isFalse();
            assertThat(kiosk.getStatus()).isEqualTo(KioskStatus.WAITING_FOR_ENROLMENT);

            String newToken = kiosk.enrol(code, MONDAY_9AM.plusDays(30).plusHours(2));
            assertThat(newToken).isNotEqualTo(oldToken);
            assertThat(kiosk.recognises(newToken)).isTrue();
            assertThat(kiosk.recognises(oldToken)).isFalse();
        }
    }

    @Nested
    @DisplayName("revocation")
    class Revocation {

        @Test
        void endsTheTokenAtOnce() {
            String token = enrolled();
            kiosk.revoke(MONDAY_9AM.plusDays(2));
            assertThat(kiosk.getStatus()).isEqualTo(KioskStatus.REVOKED);
            assertThat(kiosk.getRevokedAt()).isEqualTo(MONDAY_9AM.plusDays(2));
            assertThat(kiosk.recognises(token)).isFalse();
            assertThat(kiosk.getTokenHash()).isNull();
        }

        @Test
        void voidsAnOpenCode() {
            String code = kiosk.issueEnrolmentCode(MONDAY_9AM);
            kiosk.revoke(MONDAY_9AM.plusMinutes(1));
            assertThat(kiosk.acceptsCode(code, MONDAY_9AM.plusMinutes(2))).isFalse();
            assertRefused(() -> kiosk.enrol(code, MONDAY_9AM.plusMinutes(2)), "kiosk_enrol.error.invalid");
        }

        @Test
        void happensOnce() {
            kiosk.revoke(MONDAY_9AM);
            assertRefused(() -> kiosk.revoke(MONDAY_9AM.plusMinutes(1)), "kiosk.error.revoked");
        }

        @Test
        void isUndoneOnlyByANewCodeForANewEnrolment() {
            String oldToken = enrolled();
            kiosk.revoke(MONDAY_9AM.plusDays(1));
            String code = kiosk.issueEnrolmentCode(MONDAY_9AM.plusDays(2));
            assertThat(kiosk.getStatus()).isEqualTo(KioskStatus.WAITING_FOR_ENROLMENT);
            assertThat(kiosk.recognises(oldToken)).isFalse();
            String newToken = kiosk.enrol(code, MONDAY_9AM.plusDays(2).plusHours(1));
            assertThat(kiosk.recognises(newToken)).isTrue();
        }
    }

    @Nested
    @DisplayName("last seen")
    class LastSeen {

        @Test
        void isNotedAtMostOnceEveryTenMinutes() {
            enrolled();
            LocalDateTime seen = kiosk.getLastSeenAt();
            assertThat(kiosk.dueForSeen(seen.plusMinutes(9).plusSeconds(59))).isFalse();
            assertThat(kiosk.dueForSeen(seen.plusMinutes(10))).isTrue();
        }

        @Test
        void isDueForAKioskNeverSeen() {
            assertThat(kiosk.dueForSeen(MONDAY_9AM)).isTrue();
        }
    }
}
