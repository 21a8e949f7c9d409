package org.bianmin.matter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bianmin.matter.domain.MatterFixtures.ANJU;
import static org.bianmin.matter.domain.MatterFixtures.DISTRICT_CODE;
import static org.bianmin.matter.domain.MatterFixtures.JINJI_CODE;
import static org.bianmin.matter.domain.MatterFixtures.SANJIA;
import static org.bianmin.matter.domain.MatterFixtures.SANJIA_CODE;
import static org.bianmin.matter.domain.MatterFixtures.SANJIA_OTHER_VILLAGE_CODE;
import static org.bianmin.matter.domain.MatterFixtures.SANMEN_CODE;
import static org.bianmin.matter.domain.MatterFixtures.YUFENG_CODE;
import static org.bianmin.matter.domain.MatterFixtures.dispatchDesk;
import static org.bianmin.matter.domain.MatterFixtures.inactive;
import static org.bianmin.matter.domain.MatterFixtures.withId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeKind;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The dispatch catalogue (派单目录): the most specific active rule wins, else the dispatch desk")
class DispatchCatalogueTest {

    private static final String SUBSIDY = "S-0101";
    private static final String HOUSE_SAFETY = "S-0202";
    private static final MatterType REQUEST = MatterType.SERVICE_REQUEST;

    private static long nextId = 100;

    /** A district department named for the rule that routes to it, so a failure says which rule won. */
    private static Office office(String code) {
        return withId(new Office(code, code, null, OfficeKind.DISTRICT_DEPARTMENT, ANJU), nextId++);
    }

    private static DispatchRule rule(MatterType type, String service, String place, Office office, long id) {
        return withId(new DispatchRule(type, service, place, office), id);
    }

    private static String routed(
            List<DispatchRule> rules, Office desk, MatterType type, String service, String village) {
        return new DispatchCatalogue(rules, desk).route(type, service, village).getCode();
    }

    private static void assertRefusedWith(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    @Nested
    @DisplayName("precedence, for a subsidy request (S-0101) from 三门村 in 三家镇")
    class Precedence {

        private final Office desk = dispatchDesk();

        /** From the most specific rule to the least; ids run the other way, so an older rule is never the winner by age. */
        private final List<DispatchRule> ladder = List.of(
                rule(null, SUBSIDY, SANMEN_CODE, office("ITEM-VILLAGE"), 16),
                rule(null, SUBSIDY, SANJIA_CODE, office("ITEM-TOWN"), 15),
                rule(null, SUBSIDY, null, office("ITEM-DISTRICT"), 14),
                rule(REQUEST, null, SANMEN_CODE, office("TYPE-VILLAGE"), 13),
                rule(REQUEST, null, SANJIA_CODE, office("TYPE-TOWN"), 12),
                rule(REQUEST, null, null, office("TYPE-ANYWHERE"), 11));

        private String routeWith(List<DispatchRule> rules) {
            return routed(rules, desk, REQUEST, SUBSIDY, SANMEN_CODE);
        }

        @ParameterizedTest(name = "without the {0} most specific rules")
        @ValueSource(ints = {0, 1, 2, 3, 4, 5})
        void theMostSpecificRuleLeftWins(int removed) {
            List<DispatchRule> rules = ladder.subList(removed, ladder.size());

            assertThat(routeWith(rules))
                    .isEqualTo(ladder.get(removed).getOffice().getCode());
        }

        @Test
        void withNoRuleMatchingTheDispatchDeskGetsIt() {
            assertThat(routeWith(List.of())).isEqualTo("DISPATCH");
        }

        @Test
        void theOrderOfTheRulesInTheListDoesNotMatter() {
            List<DispatchRule> shuffled = new ArrayList<>(ladder);
            Random random = new Random(20261129);
            for (int round = 0; round < 20; round++) {
                Collections.shuffle(shuffled, random);
                assertThat(routeWith(shuffled)).as("order %s", shuffled).isEqualTo("ITEM-VILLAGE");
            }
        }

        @Test
        void aServiceItemRuleForTheWholeDistrictBeatsATypeRuleForTheVillage() {
            assertThat(routeWith(List.of(ladder.get(3), ladder.get(2)))).isEqualTo("ITEM-DISTRICT");
        }

        @Test
        void aRuleNamingTheDistrictCodeIsStillLessSpecificThanATownRule() {
            List<DispatchRule> rules =
                    List.of(rule(REQUEST, null, DISTRICT_CODE, office("TYPE-DISTRICT"), 1), ladder.get(4));

            assertThat(routeWith(rules)).isEqualTo("TYPE-TOWN");
        }

        @Test
        void aVillageRuleForTheServiceItemBeatsATownRuleForItEvenIfTheTownRuleAlsoNamesTheType() {
            List<DispatchRule> rules = List.of(
                    rule(null, SUBSIDY, SANMEN_CODE, office("ITEM-VILLAGE-2"), 1),
                    rule(REQUEST, SUBSIDY, SANJIA_CODE, office("ITEM-TYPE-TOWN"), 2));

            assertThat(routeWith(rules)).isEqualTo("ITEM-VILLAGE-2");
        }
    }

    @Nested
    @DisplayName("which rules match")
    class Matching {

        private final Office desk = dispatchDesk();

        @Test
        void aRuleForAnotherServiceItemDoesNotMatch() {
            List<DispatchRule> rules = List.of(rule(null, HOUSE_SAFETY, SANMEN_CODE, office("HOUSES"), 1));

            assertThat(routed(rules, desk, REQUEST, SUBSIDY, SANMEN_CODE)).isEqualTo("DISPATCH");
            assertThat(routed(rules, desk, REQUEST, null, SANMEN_CODE))
                    .as("a matter without a service item")
                    .isEqualTo("DISPATCH");
        }

        @Test
        void aRuleForAnotherTypeDoesNotMatch() {
            List<DispatchRule> rules =
                    List.of(rule(MatterType.ELDERCARE_APPLICATION, null, null, office("ELDERCARE"), 1));

            assertThat(routed(rules, desk, REQUEST, SUBSIDY, SANMEN_CODE)).isEqualTo("DISPATCH");
            assertThat(routed(rules, desk, MatterType.ELDERCARE_APPLICATION, null, SANMEN_CODE))
                    .isEqualTo("ELDERCARE");
        }

        @Test
        void aTownRuleCoversItsVillagesAndNoOthers() {
            List<DispatchRule> rules = List.of(rule(REQUEST, null, SANJIA_CODE, office("SANJIA"), 1));

            assertThat(routed(rules, desk, REQUEST, SUBSIDY, SANMEN_CODE)).isEqualTo("SANJIA");
            assertThat(routed(rules, desk, REQUEST, SUBSIDY, SANJIA_OTHER_VILLAGE_CODE))
                    .isEqualTo("SANJIA");
            assertThat(routed(rules, desk, REQUEST, SUBSIDY, JINJI_CODE)).isEqualTo("DISPATCH");
        }

        @Test
        void aVillageRuleCoversOnlyThatVillage() {
            List<DispatchRule> rules = List.of(rule(REQUEST, null, SANMEN_CODE, office("SANMEN"), 1));

            assertThat(routed(rules, desk, REQUEST, SUBSIDY, SANJIA_OTHER_VILLAGE_CODE))
                    .isEqualTo("DISPATCH");
        }

        @Test
        void aPlaceRuleDoesNotMatchAMatterWithoutAVillage() {
            List<DispatchRule> rules = List.of(rule(REQUEST, null, SANJIA_CODE, office("SANJIA"), 1));

            assertThat(routed(rules, desk, REQUEST, SUBSIDY, null)).isEqualTo("DISPATCH");
        }

        @Test
        void aRuleWithNoCriteriaMatchesEverything() {
            List<DispatchRule> rules = List.of(rule(null, null, null, office("EVERYTHING"), 1));

            assertThat(routed(rules, desk, MatterType.NOTICE_OBJECTION, null, JINJI_CODE))
                    .isEqualTo("EVERYTHING");
        }
    }

    @Nested
    @DisplayName("inactive rules and offices")
    class Inactive {

        private final Office desk = dispatchDesk();
        private final DispatchRule village = rule(null, SUBSIDY, SANMEN_CODE, office("ITEM-VILLAGE"), 2);
        private final DispatchRule town = rule(null, SUBSIDY, SANJIA_CODE, office("ITEM-TOWN"), 1);

        @Test
        void aDeactivatedRuleIsIgnored() {
            village.deactivate();

            assertThat(village.isActive()).isFalse();
            assertThat(routed(List.of(village, town), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("ITEM-TOWN");
        }

        @Test
        void aReactivatedRuleCountsAgain() {
            village.deactivate();
            village.activate();

            assertThat(routed(List.of(village, town), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("ITEM-VILLAGE");
        }

        @Test
        void aRuleWhoseOfficeWasDeactivatedIsIgnored() {
            village.getOffice().deactivate();

            assertThat(routed(List.of(village, town), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("ITEM-TOWN");
        }

        @Test
        void whenEveryMatchingRuleIsOffTheDeskGetsIt() {
            village.deactivate();
            town.getOffice().deactivate();

            assertThat(routed(List.of(village, town), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("DISPATCH");
        }

        @Test
        void withoutADeskAndWithoutARuleNothingCanBeRouted() {
            assertRefusedWith(() -> routed(List.of(), null, REQUEST, SUBSIDY, SANMEN_CODE), "dispatch.error.noDesk");
            assertRefusedWith(
                    () -> routed(List.of(), inactive(dispatchDesk()), REQUEST, SUBSIDY, SANMEN_CODE),
                    "dispatch.error.noDesk");
        }

        @Test
        void aMatchingRuleNeedsNoDesk() {
            assertThat(routed(List.of(town), null, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("ITEM-TOWN");
        }

        @Test
        void theCatalogueKeepsItsOwnCopyOfTheRules() {
            List<DispatchRule> rules = new ArrayList<>(List.of(town));
            DispatchCatalogue catalogue = new DispatchCatalogue(rules, desk);

            rules.add(village);

            assertThat(catalogue.route(REQUEST, SUBSIDY, SANMEN_CODE).getCode()).isEqualTo("ITEM-TOWN");
        }
    }

    @Nested
    @DisplayName("ties go to the older rule, so a new rule never silently takes an equal one's traffic")
    class Ties {

        private final Office desk = dispatchDesk();

        @Test
        void ofTwoEquallySpecificRulesTheLowerIdWins() {
            DispatchRule older = rule(REQUEST, null, SANJIA_CODE, office("OLDER"), 7);
            DispatchRule newer = rule(REQUEST, null, SANJIA_CODE, office("NEWER"), 8);

            assertThat(routed(List.of(older, newer), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("OLDER");
            assertThat(routed(List.of(newer, older), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("OLDER");
        }

        @Test
        void ofSeveralEquallySpecificRulesTheOldestWinsWhereverItIsListed() {
            DispatchRule oldest = rule(null, SUBSIDY, SANJIA_CODE, office("OLDEST"), 3);
            DispatchRule middle = rule(null, SUBSIDY, SANJIA_CODE, office("MIDDLE"), 4);
            DispatchRule newest = rule(null, SUBSIDY, SANJIA_CODE, office("NEWEST"), 9);

            assertThat(routed(List.of(newest, oldest, middle), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("OLDEST");
        }

        @Test
        void theTieBreakNeverOverridesSpecificity() {
            DispatchRule olderButVaguer = rule(REQUEST, null, SANJIA_CODE, office("OLDER"), 1);
            DispatchRule newerAndSharper = rule(REQUEST, null, SANMEN_CODE, office("SHARPER"), 50);

            assertThat(routed(List.of(olderButVaguer, newerAndSharper), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("SHARPER");
        }

        @Test
        void anUnsavedRuleLosesATieToASavedOne() {
            DispatchRule saved = rule(REQUEST, null, SANJIA_CODE, office("SAVED"), 7);
            DispatchRule unsaved = new DispatchRule(REQUEST, null, SANJIA_CODE, office("UNSAVED"));

            assertThat(routed(List.of(saved, unsaved), desk, REQUEST, SUBSIDY, SANMEN_CODE))
                    .isEqualTo("SAVED");
        }
    }

    @Nested
    @DisplayName("a rule")
    class Rule {

        @Test
        void refusesAnInactiveOffice() {
            Office closed = inactive(office("CLOSED"));

            assertRefusedWith(() -> new DispatchRule(REQUEST, null, SANJIA_CODE, closed), "dispatch.error.office");
            assertRefusedWith(() -> new DispatchRule(REQUEST, null, SANJIA_CODE, null), "dispatch.error.office");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "5109",
                    "5109041",
                    "51090410",
                    "5109041002",
                    "51090410020",
                    "5109041002011",
                    "51090a",
                    "51090410020x",
                    "abcdef"
                })
        void refusesAMalformedPlaceCode(String placeCode) {
            assertRefusedWith(
                    () -> new DispatchRule(REQUEST, null, placeCode, office("SOMEWHERE")), "dispatch.error.placeCode");
        }

        @ParameterizedTest
        @ValueSource(strings = {DISTRICT_CODE, SANJIA_CODE, YUFENG_CODE, SANMEN_CODE})
        void acceptsADistrictTownOrVillageCode(String placeCode) {
            assertThat(new DispatchRule(REQUEST, null, placeCode, office("SOMEWHERE")).getPlaceCode())
                    .isEqualTo(placeCode);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void aBlankPlaceOrServiceItemMeansAny(String blank) {
            DispatchRule rule = new DispatchRule(REQUEST, blank, blank, office("SOMEWHERE"));

            assertThat(rule.getPlaceCode()).isNull();
            assertThat(rule.getServiceCode()).isNull();
            assertThat(rule.matches(REQUEST, SUBSIDY, JINJI_CODE)).isTrue();
        }

        @Test
        void theServiceItemAndPlaceAreStoredTrimmed() {
            DispatchRule rule = new DispatchRule(null, " S-0101 ", " " + SANJIA_CODE + " ", office("SOMEWHERE"));

            assertThat(rule.getServiceCode()).isEqualTo(SUBSIDY);
            assertThat(rule.getPlaceCode()).isEqualTo(SANJIA_CODE);
        }

        @Test
        void changingItChecksTheSameAndLeavesItAsItWasWhenRefused() {
            Office first = office("FIRST");
            DispatchRule rule = new DispatchRule(REQUEST, null, SANJIA_CODE, first);

            assertRefusedWith(() -> rule.change(null, SUBSIDY, "51090", office("SECOND")), "dispatch.error.placeCode");

            assertThat(rule.getMatterType()).isEqualTo(REQUEST);
            assertThat(rule.getServiceCode()).isNull();
            assertThat(rule.getPlaceCode()).isEqualTo(SANJIA_CODE);
            assertThat(rule.getOffice()).isSameAs(first);
        }

        @Test
        void aNewRuleIsActive() {
            assertThat(new DispatchRule(REQUEST, null, null, office("SOMEWHERE")).isActive())
                    .isTrue();
        }

        @Test
        void aTownCentreCanBeTheOfficeToo() {
            Office centre = new Office("SJ-CENTRE", "三家镇便民服务中心", null, OfficeKind.TOWN_CENTRE, SANJIA);

            assertThat(new DispatchRule(REQUEST, null, SANJIA_CODE, centre).getOffice())
                    .isSameAs(centre);
        }
    }
}
