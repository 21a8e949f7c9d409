package org.bianmin.place.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An office")
class OfficeTest {

    private Place district;
    private Place town;
    private Place otherTown;
    private Place village;

    @BeforeEach
    void anju() {
        district = Place.district("510904", "安居区", "Anju District");
        town = Place.under(district, "510904100", "三家镇", "Sanjia Town");
        otherTown = Place.under(district, "510904101", "玉丰镇", "Yufeng Town");
        village = Place.under(town, "510904100201", "三门村", null);
    }

    private Office townCentre(String code) {
        return new Office(code, "三家镇便民服务中心", null, OfficeKind.TOWN_CENTRE, town);
    }

    private Office department(String code) {
        return new Office(code, "区民政局", null, OfficeKind.DISTRICT_DEPARTMENT, district);
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatExceptionOfType(BusinessException.class)
                .isThrownBy(action)
                .satisfies(e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    @Nested
    @DisplayName("code")
    class Code {

        @Test
        void isTrimmedAndUpperCased() {
            assertThat(townCentre("  tc-510904100 ").getCode()).isEqualTo("TC-510904100");
        }

        @ParameterizedTest
        @ValueSource(strings = {"AB", "MZJ", "TC-510904100", "9-1", "A-"})
        void usesUpperCaseLettersDigitsAndHyphens(String code) {
            assertThat(department(code).getCode()).isEqualTo(code);
        }

        @Test
        void mayHave32Characters() {
            String longest = "A".repeat(32);

            assertThat(department(longest).getCode()).isEqualTo(longest);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"A", "   ", "-AB", "TC_1", "TC 1", "TC.1", "民政局", "TC/1"})
        void otherwiseIsRefused(String code) {
            assertRefused(() -> department(code), "office.error.code");
        }

        @Test
        void mayNotHaveMoreThan32Characters() {
            assertRefused(() -> department("A".repeat(33)), "office.error.code");
        }
    }

    @Nested
    @DisplayName("names")
    class Names {

        @Test
        void areTrimmedAndTheEnglishNameIsOptional() {
            Office office = new Office("MZJ", "  区民政局 ", "  ", OfficeKind.DISTRICT_DEPARTMENT, district);

            assertThat(office.getName()).isEqualTo("区民政局");
            assertThat(office.getNameEn()).isNull();

            office.rename("区民政局", " Civil Affairs Bureau ");
            assertThat(office.getNameEn()).isEqualTo("Civil Affairs Bureau");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void theChineseNameIsRequired(String name) {
            assertRefused(
                    () -> new Office("MZJ", name, null, OfficeKind.DISTRICT_DEPARTMENT, district), "office.error.name");
        }

        @Test
        void theEnglishNameMayHaveAtMost100Characters() {
            Office office = department("MZJ");

            assertThatCode(() -> office.rename("区民政局", "a".repeat(100))).doesNotThrowAnyException();
            assertRefused(() -> office.rename("区民政局", "a".repeat(101)), "office.error.name");
        }

        @Test
        void theNameMayHaveAtMost100Characters() {
            Office office = department("MZJ");

            assertThatCode(() -> office.rename("局".repeat(100), null)).doesNotThrowAnyException();
            assertRefused(() -> office.rename("局".repeat(101), null), "office.error.name");
        }
    }

    @Nested
    @DisplayName("kind and place")
    class KindAndPlace {

        @Test
        void aTownCentreServesATown() {
            Office office = townCentre("TC-510904100");

            assertThat(office.getKind()).isEqualTo(OfficeKind.TOWN_CENTRE);
            assertThat(office.getPlace()).isSameAs(town);
        }

        @Test
        void aTownCentreCannotServeTheDistrictOrAVillage() {
            assertRefused(
                    () -> new Office("TC-1", "中心", null, OfficeKind.TOWN_CENTRE, district), "office.error.placeLevel");
            assertRefused(
                    () -> new Office("TC-1", "中心", null, OfficeKind.TOWN_CENTRE, village), "office.error.placeLevel");
        }

        @ParameterizedTest
        @EnumSource(names = {"DISTRICT_DEPARTMENT", "DISPATCH_DESK"})
        void districtOfficesServeTheDistrict(OfficeKind kind) {
            assertThat(new Office("D-1", "区办公室", null, kind, district).getPlace())
                    .isSameAs(district);
        }

        @ParameterizedTest
        @EnumSource(names = {"DISTRICT_DEPARTMENT", "DISPATCH_DESK"})
        void districtOfficesCannotServeATownOrAVillage(OfficeKind kind) {
            assertRefused(() -> new Office("D-1", "区办公室", null, kind, town), "office.error.placeLevel");
            assertRefused(() -> new Office("D-1", "区办公室", null, kind, village), "office.error.placeLevel");
        }

        @Test
        void needAKindAndAPlace() {
            assertRefused(() -> new Office("D-1", "区办公室", null, null, district), "office.error.kind");
            assertRefused(
                    () -> new Office("D-1", "区办公室", null, OfficeKind.DISTRICT_DEPARTMENT, null),
                    "office.error.placeLevel");
        }

        @Test
        void anInactivePlaceIsRefused() {
            otherTown.deactivate(0);

            assertRefused(
                    () -> new Office("TC-510904101", "玉丰镇便民服务中心", null, OfficeKind.TOWN_CENTRE, otherTown),
                    "office.error.placeInactive");
        }

        @Test
        void movingToAnotherTownChangesThePlace() {
            Office office = townCentre("TC-510904100");

            office.moveTo(OfficeKind.TOWN_CENTRE, otherTown);

            assertThat(office.getPlace()).isSameAs(otherTown);
        }

        @Test
        void aRefusedMoveKeepsKindAndPlace() {
            Office office = townCentre("TC-510904100");

            assertRefused(() -> office.moveTo(OfficeKind.DISPATCH_DESK, town), "office.error.placeLevel");

            assertThat(office.getKind()).isEqualTo(OfficeKind.TOWN_CENTRE);
            assertThat(office.getPlace()).isSameAs(town);
        }
    }

    @Nested
    @DisplayName("supervision")
    class Supervision {

        private Office a;
        private Office b;
        private Office c;

        @BeforeEach
        void offices() {
            a = townCentre("TC-A");
            b = department("DEPT-B");
            c = department("DEPT-C");
        }

        @Test
        void anOfficeCanBeSupervisedByAnother() {
            a.supervisedBy(b);

            assertThat(a.getSupervisor()).isSameAs(b);
        }

        @Test
        void theSupervisorCanBeRemoved() {
            a.supervisedBy(b);

            a.supervisedBy(null);

            assertThat(a.getSupervisor()).isNull();
        }

        @Test
        void anOfficeCannotSuperviseItself() {
            assertRefused(() -> a.supervisedBy(a), "office.error.supervisorCycle");
            assertThat(a.getSupervisor()).isNull();
        }

        @Test
        void twoOfficesCannotSuperviseEachOther() {
            a.supervisedBy(b);

            assertRefused(() -> b.supervisedBy(a), "office.error.supervisorCycle");
            assertThat(b.getSupervisor()).isNull();
        }

        @Test
        void aLongerChainCannotComeBackEither() {
            a.supervisedBy(b);
            b.supervisedBy(c);

            assertRefused(() -> c.supervisedBy(a), "office.error.supervisorCycle");
        }

        @Test
        void severalOfficesMayShareASupervisor() {
            a.supervisedBy(c);
            b.supervisedBy(c);

            assertThat(a.getSupervisor()).isSameAs(c);
            assertThat(b.getSupervisor()).isSameAs(c);
        }

        @Test
        void anInactiveSupervisorIsRefused() {
            a.supervisedBy(c);
            b.deactivate();

            assertRefused(() -> a.supervisedBy(b), "office.error.supervisorInactive");
            assertThat(a.getSupervisor()).isSameAs(c);
        }
    }

    @Nested
    @DisplayName("activation")
    class Activation {

        @Test
        void aNewOfficeIsActiveAndCanBeDeactivatedAndActivated() {
            Office office = townCentre("TC-510904100");
            assertThat(office.isActive()).isTrue();

            office.deactivate();
            assertThat(office.isActive()).isFalse();

            office.activate();
            assertThat(office.isActive()).isTrue();
        }

        @Test
        void anOfficeCannotBeActivatedWhileItsPlaceIsInactive() {
            Office office = new Office("TC-510904101", "玉丰镇便民服务中心", null, OfficeKind.TOWN_CENTRE, otherTown);
            office.deactivate();
            otherTown.deactivate(0);

            assertRefused(office::activate, "office.error.placeInactive");
            assertThat(office.isActive()).isFalse();
        }
    }

    @Nested
    @DisplayName("serves")
    class Serves {

        @Test
        void aTownCentreServesItsTownAndItsVillages() {
            Office office = townCentre("TC-510904100");

            assertThat(office.serves(town)).isTrue();
            assertThat(office.serves(village)).isTrue();
        }

        @Test
        void aTownCentreDoesNotServeOtherTownsOrTheDistrict() {
            Office office = townCentre("TC-510904100");

            assertThat(office.serves(otherTown)).isFalse();
            assertThat(office.serves(Place.under(otherTown, "510904101201", "玉丰村", null)))
                    .isFalse();
            assertThat(office.serves(district)).isFalse();
        }

        @Test
        void aDistrictDepartmentServesTheWholeDistrict() {
            Office office = department("MZJ");

            assertThat(office.serves(district)).isTrue();
            assertThat(office.serves(town)).isTrue();
            assertThat(office.serves(otherTown)).isTrue();
            assertThat(office.serves(village)).isTrue();
        }
    }
}
