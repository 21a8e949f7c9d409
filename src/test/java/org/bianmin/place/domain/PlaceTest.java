package org.bianmin.place.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A place (district, town, village)")
class PlaceTest {

    private Place district;
    private Place town;
    private Place village;

    @BeforeEach
    void anju() {
        district = Place.district("510904", "安居区", "Anju District");
        town = Place.under(district, "510904100", "三家镇", "Sanjia Town");
        village = Place.under(town, "510904100201", "三门村", null);
    }

    private static void assertRefused(ThrowingCallable action, String messageKey, Object... arguments) {
        assertThatExceptionOfType(BusinessException.class).isThrownBy(action).satisfies(e -> {
            assertThat(e.getMessageKey()).isEqualTo(messageKey);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }

    @Nested
    @DisplayName("levels and division codes")
    class Codes {

        @Test
        void theLevelFollowsFromTheParent() {
            assertThat(district.getLevel()).isEqualTo(PlaceLevel.DISTRICT);
            assertThat(district.getParent()).isNull();
            assertThat(town.getLevel()).isEqualTo(PlaceLevel.TOWN);
            assertThat(town.getParent()).isSameAs(district);
            assertThat(village.getLevel()).isEqualTo(PlaceLevel.VILLAGE);
            assertThat(village.getParent()).isSameAs(town);
        }

        @Test
        void theCodeIsKept() {
            assertThat(district.getCode()).isEqualTo("510904");
            assertThat(town.getCode()).isEqualTo("510904100");
            assertThat(village.getCode()).isEqualTo("510904100201");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(
                strings = {
                    "51090",
                    "5109041",
                    "510904100",
                    "51090a",
                    " 51090",
                    "51090 ",
                    "-51090",
                    "５１０９０４" /* full-width digits */
                })
        void aDistrictCodeHasExactlySixDigits(String code) {
            assertRefused(() -> Place.district(code, "安居区", null), "place.error.codePattern", 6);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"51090410", "5109041000", "510904100201", "51090410x"})
        void aTownCodeHasExactlyNineDigits(String code) {
            assertRefused(() -> Place.under(district, code, "三家镇", null), "place.error.codePattern", 9);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"51090410020", "5109041002010", "510904100", "51090410020X"})
        void aVillageCodeHasExactlyTwelveDigits(String code) {
            assertRefused(() -> Place.under(town, code, "三门村", null), "place.error.codePattern", 12);
        }

        @Test
        void aTownCodeStartsWithItsDistrictsCode() {
            assertRefused(() -> Place.under(district, "510905100", "别区的镇", null), "place.error.codePrefix", "510904");
        }

        @Test
        void aVillageCodeStartsWithItsTownsCode() {
            assertRefused(() -> Place.under(town, "510904101201", "别镇的村", null), "place.error.codePrefix", "510904100");
        }

        @Test
        void aVillageCannotHavePlacesUnderIt() {
            assertRefused(() -> Place.under(village, "510904100201001", "组", null), "place.error.parentLevel");
        }

        @Test
        void aTownOrVillageNeedsAParent() {
            assertRefused(() -> Place.under(null, "510904100", "三家镇", null), "place.error.parentLevel");
        }

        @Test
        void nothingCanBeAddedUnderAnInactivePlace() {
            Place otherTown = Place.under(district, "510904101", "玉丰镇", null);
            otherTown.deactivate(0);

            assertRefused(() -> Place.under(otherTown, "510904101201", "新村", null), "place.error.parentInactive");
        }
    }

    @Nested
    @DisplayName("names")
    class Names {

        @Test
        void areTrimmed() {
            Place place = Place.under(district, "510904101", "  玉丰镇 ", "  Yufeng Town  ");

            assertThat(place.getName()).isEqualTo("玉丰镇");
            assertThat(place.getNameEn()).isEqualTo("Yufeng Town");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void theChineseNameIsRequired(String name) {
            assertRefused(() -> Place.district("510904", name, "Anju"), "place.error.name", 100);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void theEnglishNameIsOptional(String nameEn) {
            assertThat(Place.district("510904", "安居区", nameEn).getNameEn()).isNull();
        }

        @Test
        void mayHave100CharactersAfterTrimming() {
            String longest = "村".repeat(100);

            assertThat(Place.district("510904", " " + longest + " ", "e".repeat(100))
                            .getName())
                    .isEqualTo(longest);
        }

        @Test
        void mayNotHaveMoreThan100Characters() {
            assertRefused(() -> Place.district("510904", "村".repeat(101), null), "place.error.name", 100);
            assertRefused(() -> Place.district("510904", "安居区", "e".repeat(101)), "place.error.name", 100);
        }

        @Test
        void aRefusedRenameKeepsTheOldNames() {
            assertRefused(() -> town.rename("  ", "New"), "place.error.name", 100);

            assertThat(town.getName()).isEqualTo("三家镇");
            assertThat(town.getNameEn()).isEqualTo("Sanjia Town");
        }

        @Test
        void aRenameReplacesBothNames() {
            town.rename("三家镇（新）", null);

            assertThat(town.getName()).isEqualTo("三家镇（新）");
            assertThat(town.getNameEn()).isNull();
        }
    }

    @Nested
    @DisplayName("activation")
    class Activation {

        @Test
        void aNewPlaceIsActiveAndNotSampleData() {
            assertThat(town.isActive()).isTrue();
            assertThat(town.isSample()).isFalse();
        }

        @Test
        void aPlaceWithoutActiveChildrenCanBeDeactivated() {
            village.deactivate(0);

            assertThat(village.isActive()).isFalse();
        }

        @Test
        void aPlaceWithActiveChildrenStaysActive() {
            assertRefused(() -> town.deactivate(3), "place.error.activeChildren", 3L);
            assertRefused(() -> town.deactivate(1), "place.error.activeChildren", 1L);

            assertThat(town.isActive()).isTrue();
        }

        @Test
        void aPlaceCannotBeActivatedWhileItsParentIsInactive() {
            village.deactivate(0);
            town.deactivate(0);

            assertRefused(() -> village.activate(), "place.error.parentInactive");
            assertThat(village.isActive()).isFalse();
        }

        @Test
        void aPlaceCanBeActivatedOnceItsParentIsActiveAgain() {
            village.deactivate(0);
            town.deactivate(0);

            town.activate();
            village.activate();

            assertThat(village.isActive()).isTrue();
        }

        @Test
        void theDistrictCanAlwaysBeActivatedAgain() {
            district.deactivate(0);

            district.activate();

            assertThat(district.isActive()).isTrue();
        }
    }

    @Nested
    @DisplayName("contains")
    class Contains {

        @Test
        void itself() {
            assertThat(town.contains(town)).isTrue();
        }

        @Test
        void everythingBeneathIt() {
            assertThat(district.contains(town)).isTrue();
            assertThat(district.contains(village)).isTrue();
            assertThat(town.contains(village)).isTrue();
        }

        @Test
        void nothingAboveIt() {
            assertThat(town.contains(district)).isFalse();
            assertThat(village.contains(town)).isFalse();
        }

        @Test
        void notOtherTownsNorTheirVillages() {
            Place otherTown = Place.under(district, "510904101", "玉丰镇", null);
            Place otherVillage = Place.under(otherTown, "510904101201", "玉丰村", null);

            assertThat(town.contains(otherTown)).isFalse();
            assertThat(town.contains(otherVillage)).isFalse();
            assertThat(otherTown.contains(village)).isFalse();
        }

        @Test
        void notNothing() {
            assertThat(district.contains(null)).isFalse();
        }
    }
}
