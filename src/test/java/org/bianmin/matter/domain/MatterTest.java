package org.bianmin.matter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bianmin.matter.domain.MatterFixtures.DISPATCHER;
import static org.bianmin.matter.domain.MatterFixtures.FILED;
import static org.bianmin.matter.domain.MatterFixtures.LI_SI;
import static org.bianmin.matter.domain.MatterFixtures.SANJIA_CENTRE_ID;
import static org.bianmin.matter.domain.MatterFixtures.SANMEN_CODE;
import static org.bianmin.matter.domain.MatterFixtures.VILLAGER_AT_KIOSK;
import static org.bianmin.matter.domain.MatterFixtures.WANG_WU;
import static org.bianmin.matter.domain.MatterFixtures.YUFENG_CENTRE_ID;
import static org.bianmin.matter.domain.MatterFixtures.applicantIn;
import static org.bianmin.matter.domain.MatterFixtures.at;
import static org.bianmin.matter.domain.MatterFixtures.calendar;
import static org.bianmin.matter.domain.MatterFixtures.date;
import static org.bianmin.matter.domain.MatterFixtures.filed;
import static org.bianmin.matter.domain.MatterFixtures.inStatus;
import static org.bianmin.matter.domain.MatterFixtures.inactive;
import static org.bianmin.matter.domain.MatterFixtures.lastEvent;
import static org.bianmin.matter.domain.MatterFixtures.mergeTarget;
import static org.bianmin.matter.domain.MatterFixtures.sanjiaCentre;
import static org.bianmin.matter.domain.MatterFixtures.yufengCentre;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bianmin.place.domain.Office;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A matter (事项): status changes only through its methods, each one recorded")
class MatterTest {

    private static AbstractStringAssert<?> assertRefusedWith(ThrowingCallable call) {
        return assertThatThrownBy(call)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey(), InstanceOfAssertFactories.STRING);
    }

    /** A matter with the 三家镇 centre, accepted on {@code acceptedOn} with {@code promisedDays} working days. */
    private static Matter acceptedOn(String acceptedOn, int promisedDays) {
        Matter matter = filed(sanjiaCentre(), promisedDays, at(acceptedOn).minusHours(1));
        matter.accept(LI_SI, calendar(), at(acceptedOn));
        return matter;
    }

    /** Runs {@code change} and checks it was refused with {@code key} without touching the matter. */
    private static void assertRefusedAndUnchanged(Matter matter, String key, Consumer<Matter> change) {
        MatterStatus status = matter.getStatus();
        List<MatterEvent> history = List.copyOf(matter.getHistory());
        LocalDate dueDate = matter.getDueDate();
        Office office = matter.getOffice();
        Long assignee = matter.getAssigneeId();
        Integer extensionRequested = matter.getExtensionDaysRequested();
        boolean overdue = matter.isOverdue();

        assertRefusedWith(() -> change.accept(matter)).isEqualTo(key);

        assertThat(matter.getStatus()).isEqualTo(status);
        assertThat(matter.getHistory()).containsExactlyElementsOf(history);
        assertThat(matter.getDueDate()).isEqualTo(dueDate);
        assertThat(matter.getOffice()).isSameAs(office);
        assertThat(matter.getAssigneeId()).isEqualTo(assignee);
        assertThat(matter.getExtensionDaysRequested()).isEqualTo(extensionRequested);
        assertThat(matter.isOverdue()).isEqualTo(overdue);
    }

    @Nested
    @DisplayName("filing")
    class Filing {

        @Test
        void aNewMatterIsSubmittedWithOneFileEvent() {
            Matter matter = filed(sanjiaCentre(), 5, FILED);

            assertThat(matter.getStatus()).isEqualTo(MatterStatus.SUBMITTED);
            assertThat(matter.getHistory()).singleElement().satisfies(event -> {
                assertThat(event.getAction()).isEqualTo(MatterAction.FILE);
                assertThat(event.getFromStatus()).isNull();
                assertThat(event.getToStatus()).isEqualTo(MatterStatus.SUBMITTED);
                assertThat(event.getActorId()).isNull();
                assertThat(event.getActorName()).isEqualTo(Actor.VILLAGER);
                assertThat(event.getOfficeId()).isEqualTo(SANJIA_CENTRE_ID);
                assertThat(event.getOccurredAt()).isEqualTo(FILED);
                assertThat(event.getComment()).isNull();
            });
            assertThat(matter.getSubmittedAt()).isEqualTo(FILED);
            assertThat(matter.getDueDate()).as("the clock starts at acceptance").isNull();
            assertThat(matter.getAssigneeId()).isNull();
            assertThat(matter.isOverdue()).isFalse();
        }

        @Test
        void itKeepsWhatWasFiled() {
            Matter matter = Matter.file(
                    "AJ20260928-0001-02",
                    MatterType.ELDERCARE_APPLICATION,
                    null,
                    "  居家养老服务申请  ",
                    applicantIn(SANMEN_CODE),
                    Channel.HELPER,
                    sanjiaCentre(),
                    7,
                    Actor.staff(301L, "helper.zhou"),
                    FILED);

            assertThat(matter.getTrackingNumber()).isEqualTo("AJ20260928-0001-02");
            assertThat(matter.getType()).isEqualTo(MatterType.ELDERCARE_APPLICATION);
            assertThat(matter.getServiceCode()).isNull();
            assertThat(matter.getSubject()).isEqualTo("居家养老服务申请");
            assertThat(matter.getChannel()).isEqualTo(Channel.HELPER);
            assertThat(matter.getPromisedDays()).isEqualTo(7);
            assertThat(matter.getApplicant().getVillageCode()).isEqualTo(SANMEN_CODE);
            assertThat(lastEvent(matter).getActorName()).isEqualTo("helper.zhou");
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void aSubjectIsRequired(String subject) {
            assertRefusedWith(() -> Matter.file(
                            "AJ20260928-0001-02",
                            MatterType.SERVICE_REQUEST,
                            "S-0101",
                            subject,
                            applicantIn(SANMEN_CODE),
                            Channel.KIOSK,
                            sanjiaCentre(),
                            5,
                            VILLAGER_AT_KIOSK,
                            FILED))
                    .isEqualTo("matter.error.subject");
        }

        @Test
        void aSubjectHasAtMostTwoHundredCharacters() {
            String longest = "事".repeat(200);

            assertThat(fileWithSubject(longest).getSubject()).isEqualTo(longest);
            assertRefusedWith(() -> fileWithSubject(longest + "项")).isEqualTo("matter.error.subject");
        }

        private Matter fileWithSubject(String subject) {
            return Matter.file(
                    "AJ20260928-0001-02",
                    MatterType.SERVICE_REQUEST,
                    "S-0101",
                    subject,
                    applicantIn(SANMEN_CODE),
                    Channel.KIOSK,
                    sanjiaCentre(),
                    5,
                    VILLAGER_AT_KIOSK,
                    FILED);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1})
        void atLeastOnePromisedWorkingDay(int promisedDays) {
            assertRefusedWith(() -> filed(sanjiaCentre(), promisedDays, FILED)).isEqualTo("matter.error.promisedDays");
        }

        @Test
        void itGoesToAnActiveOffice() {
            assertRefusedWith(() -> filed(null, 5, FILED)).isEqualTo("matter.error.office");
            assertRefusedWith(() -> filed(inactive(sanjiaCentre()), 5, FILED)).isEqualTo("matter.error.office");
        }
    }

    @Nested
    @DisplayName("accepting (受理) starts the clock")
    class Accepting {

        @Test
        void theDueDateIsThePromisedWorkingDaysAfterAcceptanceAcrossNationalDay() {
            // after Tue 29 Sep: Wed 30 Sep (1), 1-7 Oct off, Thu 8 (2), Fri 9 (3), the worked Sat 10 (4), Mon 12 (5)
            Matter matter = acceptedOn("2026-09-29", 5);

            assertThat(matter.getDueDate()).isEqualTo(date("2026-10-12"));
            assertThat(matter.getDueDate()).isEqualTo(calendar().addWorkingDays(date("2026-09-29"), 5));
            assertThat(matter.getStatus()).isEqualTo(MatterStatus.ACCEPTED);
        }

        @Test
        void acceptedOnAHolidayTheCountStartsAfterIt() {
            assertThat(acceptedOn("2026-10-03", 1).getDueDate()).isEqualTo(date("2026-10-08"));
        }

        @Test
        void theAcceptEventNamesWhoAcceptedIt() {
            Matter matter = acceptedOn("2026-09-29", 5);

            MatterEvent event = lastEvent(matter);
            assertThat(event.getAction()).isEqualTo(MatterAction.ACCEPT);
            assertThat(event.getActorId()).isEqualTo(101L);
            assertThat(event.getActorName()).isEqualTo("li.si");
            assertThat(event.getFromStatus()).isEqualTo(MatterStatus.SUBMITTED);
            assertThat(event.getToStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getOfficeId()).isEqualTo(SANJIA_CENTRE_ID);
            assertThat(event.getOccurredAt()).isEqualTo(at("2026-09-29"));
        }
    }

    @Nested
    @DisplayName("reasons and replies are required")
    class ReasonsRequired {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  ", "\t\n"})
        void notAcceptingNeedsAReason(String reason) {
            assertRefusedAndUnchanged(
                    inStatus(MatterStatus.SUBMITTED),
                    "matter.error.reasonRequired",
                    matter -> matter.notAccept(LI_SI, reason, FILED));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void askingForInformationNeedsToSayWhat(String whatIsNeeded) {
            Matter matter = inStatus(MatterStatus.IN_PROGRESS);

            assertRefusedAndUnchanged(
                    matter, "matter.error.reasonRequired", m -> m.requestInformation(LI_SI, whatIsNeeded, FILED));
            assertThat(matter.getPausedSince()).isNull();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void returningNeedsAReason(String reason) {
            Matter matter = inStatus(MatterStatus.SUBMITTED);
            matter.assignTo(101L, "li.si", LI_SI, FILED);

            assertRefusedAndUnchanged(
                    matter, "matter.error.reasonRequired", m -> m.returnToDispatcher(LI_SI, reason, FILED));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void resolvingNeedsAReply(String reply) {
            Matter matter = inStatus(MatterStatus.IN_PROGRESS);

            assertRefusedAndUnchanged(matter, "matter.error.replyRequired", m -> m.resolve(LI_SI, reply, FILED));
            assertThat(matter.getReply()).isNull();
            assertThat(matter.getResolvedAt()).isNull();
        }

        @Test
        void aReasonIsStoredTrimmedOnTheEvent() {
            Matter matter = inStatus(MatterStatus.SUBMITTED);

            matter.notAccept(LI_SI, "  不属于本中心受理范围 \n", FILED);

            assertThat(lastEvent(matter).getComment()).isEqualTo("不属于本中心受理范围");
        }

        @Test
        void aReasonLongerThanAnEventCommentIsRefused() {
            assertRefusedAndUnchanged(
                    inStatus(MatterStatus.SUBMITTED),
                    "matter.error.textTooLong",
                    m -> m.notAccept(LI_SI, "理".repeat(MatterEvent.MAX_COMMENT + 1), FILED));
        }

        @Test
        void resolvingKeepsTheReplyForTheVillager() {
            Matter matter = inStatus(MatterStatus.IN_PROGRESS);
            LocalDateTime when = at("2026-10-09");

            matter.resolve(LI_SI, " 已办结，请到村便民服务室领取 ", when);

            assertThat(matter.getReply()).isEqualTo("已办结，请到村便民服务室领取");
            assertThat(matter.getResolvedAt()).isEqualTo(when);
            assertThat(lastEvent(matter).getComment()).isEqualTo("已办结，请到村便民服务室领取");
        }

        @Test
        void returningClearsTheAssignee() {
            Matter matter = inStatus(MatterStatus.SUBMITTED);
            matter.assignTo(101L, "li.si", LI_SI, FILED);

            matter.returnToDispatcher(LI_SI, "应由玉丰镇办理", FILED);

            assertThat(matter.getStatus()).isEqualTo(MatterStatus.RETURNED);
            assertThat(matter.getAssigneeId()).isNull();
            assertThat(matter.getAssigneeName()).isNull();
            assertThat(matter.getOffice().getId())
                    .as("it stays with the office until redispatched")
                    .isEqualTo(SANJIA_CENTRE_ID);
        }
    }

    @Nested
    @DisplayName("waiting for the villager (补正) stops the clock")
    class WaitingForTheVillager {

        // accepted Mon 2 Mar with 10 working days: due Mon 16 Mar; no holidays in between
        private final Matter matter = acceptedOn("2026-03-02", 10);

        @Test
        void theStartingDueDate() {
            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-16"));
        }

        @Test
        void askingRecordsWhenTheWaitBegan() {
            matter.requestInformation(LI_SI, "请补交户口簿复印件", at("2026-03-09"));

            assertThat(matter.getStatus()).isEqualTo(MatterStatus.WAITING_FOR_VILLAGER);
            assertThat(matter.getPausedSince()).isEqualTo(date("2026-03-09"));
            assertThat(lastEvent(matter).getComment()).isEqualTo("请补交户口簿复印件");
        }

        @Test
        void pausedOnMondayAndResumedOnThursdayTheDueDateMovesOnThreeWorkingDays() {
            matter.requestInformation(LI_SI, "请补交户口簿复印件", at("2026-03-09"));

            matter.resume(LI_SI, calendar(), "已补交", at("2026-03-12"));

            assertThat(date("2026-03-09").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-19"));
            assertThat(matter.getStatus()).isEqualTo(MatterStatus.IN_PROGRESS);
            assertThat(matter.getPausedSince()).isNull();
        }

        @Test
        void resumedTheSameDayTheDueDateStays() {
            matter.requestInformation(LI_SI, "请补交户口簿复印件", at("2026-03-09"));

            matter.resume(LI_SI, calendar(), null, at("2026-03-09").plusHours(5));

            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-16"));
        }

        @Test
        void daysOffSpentWaitingDoNotExtendIt() {
            // due Mon 12 Oct; waiting from Wed 30 Sep to Thu 8 Oct uses only one working day, 8 Oct
            Matter overNationalDay = acceptedOn("2026-09-29", 5);
            overNationalDay.requestInformation(LI_SI, "请补交身份证复印件", at("2026-09-30"));

            overNationalDay.resume(LI_SI, calendar(), "已补交", at("2026-10-08"));

            assertThat(overNationalDay.getDueDate()).isEqualTo(date("2026-10-13"));
        }

        @Test
        void pausedBeforeTheDueDateTheWaitIsAddedBackSoItIsNotLate() {
            matter.requestInformation(LI_SI, "请补交户口簿复印件", at("2026-03-13"));

            matter.resume(LI_SI, calendar(), "已补交", at("2026-03-20"));

            // waited Mon 16 to Fri 20 Mar, five working days: due Mon 23 Mar
            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-23"));
            assertThat(matter.isOverdue()).isFalse();
            assertThat(matter.markOverdueIfLate(date("2026-03-23"))).isFalse();
        }

        @Test
        void aMatterAlreadyOverdueStaysOverdueAfterTheWaitAndIsNotEscalatedAgain() {
            assertThat(matter.markOverdueIfLate(date("2026-03-17"))).isTrue();
            matter.requestInformation(LI_SI, "请补交户口簿复印件", at("2026-03-17"));

            matter.resume(LI_SI, calendar(), "已补交", at("2026-03-20"));

            // due Mon 16 Mar + the three working days waited (18, 19, 20 Mar) = Thu 19 Mar, before today
            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-19"));
            assertThat(matter.isOverdue()).isTrue();
            assertThat(matter.markOverdueIfLate(date("2026-03-23"))).isFalse();
        }
    }

    @Nested
    @DisplayName("re-dispatching (改派) a returned matter")
    class Redispatching {

        private final Matter matter = inStatus(MatterStatus.RETURNED);

        @Test
        void itGoesToTheNewOfficeAsANewSubmission() {
            matter.redispatch(DISPATCHER, yufengCentre(), "属玉丰镇", at("2026-09-29"));

            assertThat(matter.getStatus()).isEqualTo(MatterStatus.SUBMITTED);
            assertThat(matter.getOffice().getId()).isEqualTo(YUFENG_CENTRE_ID);
            MatterEvent event = lastEvent(matter);
            assertThat(event.getAction()).isEqualTo(MatterAction.REDISPATCH);
            assertThat(event.getActorName()).isEqualTo("zhao.liu");
            assertThat(event.getFromStatus()).isEqualTo(MatterStatus.RETURNED);
            assertThat(event.getToStatus()).isEqualTo(MatterStatus.SUBMITTED);
            assertThat(event.getOfficeId()).isEqualTo(YUFENG_CENTRE_ID);
            assertThat(event.getComment()).isEqualTo("属玉丰镇");
        }

        @Test
        void notToTheOfficeItAlreadyIsWith() {
            assertRefusedAndUnchanged(
                    matter, "matter.error.sameOffice", m -> m.redispatch(DISPATCHER, sanjiaCentre(), "再派", FILED));
            assertRefusedAndUnchanged(
                    matter, "matter.error.sameOffice", m -> m.redispatch(DISPATCHER, m.getOffice(), "再派", FILED));
        }

        @Test
        void notToAnInactiveOffice() {
            assertRefusedAndUnchanged(
                    matter,
                    "matter.error.office",
                    m -> m.redispatch(DISPATCHER, inactive(yufengCentre()), "属玉丰镇", FILED));
            assertRefusedAndUnchanged(
                    matter, "matter.error.office", m -> m.redispatch(DISPATCHER, null, "属玉丰镇", FILED));
        }
    }

    @Nested
    @DisplayName("merging a duplicate (并单)")
    class Merging {

        @Test
        void itClosesPointingAtTheMatterItDuplicates() {
            Matter duplicate = inStatus(MatterStatus.SUBMITTED);
            Matter original = mergeTarget();

            duplicate.mergeInto(original, LI_SI, FILED);

            assertThat(duplicate.getStatus()).isEqualTo(MatterStatus.MERGED);
            assertThat(duplicate.getMergedInto()).isSameAs(original);
            assertThat(lastEvent(duplicate).getComment()).isEqualTo(original.getTrackingNumber());
            assertThat(original.getHistory()).as("the original is untouched").hasSize(1);
        }

        @Test
        void notIntoItself() {
            Matter matter = inStatus(MatterStatus.SUBMITTED);

            assertRefusedAndUnchanged(matter, "matter.error.mergeTarget", m -> m.mergeInto(m, LI_SI, FILED));
            assertThat(matter.getMergedInto()).isNull();
        }

        @Test
        void notIntoNothing() {
            assertRefusedAndUnchanged(
                    inStatus(MatterStatus.SUBMITTED), "matter.error.mergeTarget", m -> m.mergeInto(null, LI_SI, FILED));
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"CLOSED", "NOT_ACCEPTED", "MERGED"})
        void notIntoAMatterThatIsFinished(MatterStatus targetStatus) {
            Matter target = inStatus(targetStatus);

            assertRefusedAndUnchanged(
                    inStatus(MatterStatus.SUBMITTED),
                    "matter.error.mergeTarget",
                    m -> m.mergeInto(target, LI_SI, FILED));
        }

        @Test
        void intoAResolvedMatterSinceItsReplyAnswersTheDuplicateToo() {
            Matter duplicate = inStatus(MatterStatus.SUBMITTED);

            duplicate.mergeInto(inStatus(MatterStatus.RESOLVED), LI_SI, FILED);

            assertThat(duplicate.getStatus()).isEqualTo(MatterStatus.MERGED);
        }
    }

    @Nested
    @DisplayName("assigning and claiming")
    class Assigning {

        private final Matter matter = inStatus(MatterStatus.ACCEPTED);

        @Test
        void takingItForOneselfIsAClaim() {
            matter.assignTo(101L, "li.si", LI_SI, at("2026-09-29"));

            assertThat(matter.getAssigneeId()).isEqualTo(101L);
            assertThat(matter.getAssigneeName()).isEqualTo("li.si");
            MatterEvent event = lastEvent(matter);
            assertThat(event.getAction()).isEqualTo(MatterAction.CLAIM);
            assertThat(event.getFromStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getToStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getComment()).isEqualTo("li.si");
        }

        @Test
        void givingItToSomeoneElseIsAnAssignment() {
            matter.assignTo(101L, "li.si", WANG_WU, at("2026-09-29"));

            assertThat(matter.getAssigneeId()).isEqualTo(101L);
            assertThat(lastEvent(matter).getAction()).isEqualTo(MatterAction.ASSIGN);
            assertThat(lastEvent(matter).getActorName()).isEqualTo("wang.wu");
            assertThat(matter.getStatus()).isEqualTo(MatterStatus.ACCEPTED);
        }

        @Test
        void thePortalAssigningIsAnAssignment() {
            matter.assignTo(101L, "li.si", Actor.system(), at("2026-09-29"));

            assertThat(lastEvent(matter).getAction()).isEqualTo(MatterAction.ASSIGN);
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"NOT_ACCEPTED", "RESOLVED", "CLOSED", "MERGED"})
        void onlyAnOpenMatterCanBeAssigned(MatterStatus status) {
            assertRefusedAndUnchanged(
                    inStatus(status), "matter.error.notOpen", m -> m.assignTo(101L, "li.si", LI_SI, FILED));
        }
    }

    @Nested
    @DisplayName("extensions are asked for and granted, not silently taken")
    class Extensions {

        // accepted Mon 2 Mar with 10 working days: due Mon 16 Mar
        private final Matter matter = acceptedOn("2026-03-02", 10);

        private void request(int days) {
            matter.requestExtension(days, "需现场核查", LI_SI, at("2026-03-12"));
        }

        @Test
        void anUndecidedRequestLapsesWhenTheMatterIsResolved() {
            request(3);
            assertThat(matter.getExtensionDaysRequested()).isEqualTo(3);
            matter.resolve(LI_SI, "已办结", at("2026-03-13"));
            assertThat(matter.getExtensionDaysRequested()).isNull();
            assertRefusedAndUnchanged(
                    matter,
                    "matter.error.noExtensionPending",
                    m -> m.grantExtension(LI_SI, calendar(), at("2026-03-13")));
        }

        @Test
        void askingLeavesTheDueDateUntilTheLeaderDecides() {
            request(3);

            assertThat(matter.getExtensionDaysRequested()).isEqualTo(3);
            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-16"));
            MatterEvent event = lastEvent(matter);
            assertThat(event.getAction()).isEqualTo(MatterAction.REQUEST_EXTENSION);
            assertThat(event.getActorName()).isEqualTo("li.si");
            assertThat(event.getFromStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getToStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getOfficeId()).isEqualTo(SANJIA_CENTRE_ID);
            assertThat(event.getComment()).isEqualTo("+3: 需现场核查");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 30})
        void fromOneToThirtyWorkingDaysMayBeAskedFor(int days) {
            request(days);

            assertThat(matter.getExtensionDaysRequested()).isEqualTo(days);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 31})
        void notNoneNorMoreThanThirty(int days) {
            assertRefusedAndUnchanged(
                    matter,
                    "matter.error.extensionDays",
                    m -> m.requestExtension(days, "需现场核查", LI_SI, at("2026-03-12")));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void askingNeedsAReason(String reason) {
            assertRefusedAndUnchanged(
                    matter, "matter.error.reasonRequired", m -> m.requestExtension(3, reason, LI_SI, at("2026-03-12")));
        }

        @Test
        void aSecondRequestWhileOneIsPendingIsRefused() {
            request(3);

            assertRefusedAndUnchanged(
                    matter,
                    "matter.error.extensionPending",
                    m -> m.requestExtension(5, "还需要时间", WANG_WU, at("2026-03-13")));
            assertThat(matter.getExtensionDaysRequested()).isEqualTo(3);
        }

        @Test
        void notBeforeTheClockHasStarted() {
            assertRefusedAndUnchanged(
                    inStatus(MatterStatus.SUBMITTED),
                    "matter.error.notOpen",
                    m -> m.requestExtension(3, "需现场核查", LI_SI, FILED));
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"RESOLVED", "CLOSED"})
        void notOnceResolved(MatterStatus status) {
            assertRefusedAndUnchanged(
                    inStatus(status), "matter.error.notOpen", m -> m.requestExtension(3, "需现场核查", LI_SI, FILED));
        }

        @Test
        void grantingMovesTheDueDateOnByTheWorkingDaysAskedFor() {
            request(3);

            matter.grantExtension(WANG_WU, calendar(), at("2026-03-13"));

            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-19"));
            assertThat(matter.getExtensionDaysRequested()).isNull();
            MatterEvent event = lastEvent(matter);
            assertThat(event.getAction()).isEqualTo(MatterAction.GRANT_EXTENSION);
            assertThat(event.getActorName()).isEqualTo("wang.wu");
            assertThat(event.getFromStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getToStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getComment()).isEqualTo("+3");
        }

        @Test
        void grantedAcrossNationalDayTheHolidaysDoNotCount() {
            Matter late = acceptedOn("2026-09-18", 7); // due Tue 29 Sep (Sun 20 Sep is worked; 25-27 Sep are off)
            assertThat(late.getDueDate()).isEqualTo(date("2026-09-29"));
            late.requestExtension(3, "需现场核查", LI_SI, at("2026-09-28"));

            late.grantExtension(WANG_WU, calendar(), at("2026-09-28"));

            // Wed 30 Sep (1), 1-7 Oct off, Thu 8 Oct (2), Fri 9 Oct (3)
            assertThat(late.getDueDate()).isEqualTo(date("2026-10-09"));
        }

        @Test
        void aGrantPastTodayLiftsTheOverdueFlag() {
            matter.markOverdueIfLate(date("2026-03-17"));
            matter.requestExtension(5, "需现场核查", LI_SI, at("2026-03-17"));

            matter.grantExtension(WANG_WU, calendar(), at("2026-03-17"));

            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-23"));
            assertThat(matter.isOverdue()).isFalse();
        }

        @Test
        void aGrantThatStillLeavesItLateKeepsItOverdue() {
            matter.markOverdueIfLate(date("2026-03-20"));
            matter.requestExtension(1, "需现场核查", LI_SI, at("2026-03-20"));

            matter.grantExtension(WANG_WU, calendar(), at("2026-03-20"));

            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-17"));
            assertThat(matter.isOverdue()).isTrue();
        }

        @Test
        void refusingLeavesTheDueDateAndSaysWhy() {
            request(3);

            matter.refuseExtension(WANG_WU, "  材料已齐，按期办结 ", at("2026-03-13"));

            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-16"));
            assertThat(matter.getExtensionDaysRequested()).isNull();
            MatterEvent event = lastEvent(matter);
            assertThat(event.getAction()).isEqualTo(MatterAction.REFUSE_EXTENSION);
            assertThat(event.getActorName()).isEqualTo("wang.wu");
            assertThat(event.getComment()).isEqualTo("材料已齐，按期办结");
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void refusingNeedsAReason(String reason) {
            request(3);

            assertRefusedAndUnchanged(
                    matter, "matter.error.reasonRequired", m -> m.refuseExtension(WANG_WU, reason, at("2026-03-13")));
            assertThat(matter.getExtensionDaysRequested()).isEqualTo(3);
        }

        @Test
        void nothingToGrantOrRefuseWithoutAPendingRequest() {
            assertRefusedAndUnchanged(
                    matter,
                    "matter.error.noExtensionPending",
                    m -> m.grantExtension(WANG_WU, calendar(), at("2026-03-13")));
            assertRefusedAndUnchanged(
                    matter,
                    "matter.error.noExtensionPending",
                    m -> m.refuseExtension(WANG_WU, "不需要", at("2026-03-13")));
        }

        @Test
        void aRequestStillPendingWhenTheMatterIsResolvedCanNoLongerBeDecided() {
            request(3);
            matter.resolve(LI_SI, "已办结", at("2026-03-13"));

            assertRefusedAndUnchanged(
                    matter,
                    "matter.error.noExtensionPending",
                    m -> m.grantExtension(WANG_WU, calendar(), at("2026-03-13")));
            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-16"));
        }

        @Test
        void onceDecidedANewRequestMayBeMade() {
            request(3);
            matter.refuseExtension(WANG_WU, "不同意", at("2026-03-13"));

            matter.requestExtension(2, "确需延期", LI_SI, at("2026-03-13"));
            matter.grantExtension(WANG_WU, calendar(), at("2026-03-13"));

            assertThat(matter.getDueDate()).isEqualTo(date("2026-03-18"));
            assertThat(matter.getHistory())
                    .extracting(MatterEvent::getAction)
                    .endsWith(
                            MatterAction.REQUEST_EXTENSION,
                            MatterAction.REFUSE_EXTENSION,
                            MatterAction.REQUEST_EXTENSION,
                            MatterAction.GRANT_EXTENSION);
        }
    }

    @Nested
    @DisplayName("rating (好差评) closes a resolved matter")
    class Rating {

        private final Matter matter = inStatus(MatterStatus.RESOLVED);

        @ParameterizedTest
        @EnumSource(RatingLevel.class)
        void anyRatingClosesItAndOnlyTheLastTwoAreBad(RatingLevel level) {
            boolean bad = matter.rate(level, null, at("2026-10-09"));

            assertThat(bad).isEqualTo(level == RatingLevel.DISSATISFIED || level == RatingLevel.VERY_DISSATISFIED);
            assertThat(matter.getStatus()).isEqualTo(MatterStatus.CLOSED);
            assertThat(matter.getRatingLevel()).isEqualTo(level);
            assertThat(matter.getHistory())
                    .extracting(MatterEvent::getAction)
                    .endsWith(MatterAction.RATE, MatterAction.CLOSE);
            assertThat(lastEvent(matter).getActorName()).isEqualTo(Actor.VILLAGER);
        }

        @Test
        void theCommentIsKeptTrimmed() {
            matter.rate(RatingLevel.SATISFIED, "  办得很快 ", at("2026-10-09"));

            assertThat(matter.getRatingComment()).isEqualTo("办得很快");
            assertThat(matter.getRatedAt()).isEqualTo(at("2026-10-09"));
        }

        @Test
        void onlyOnce() {
            matter.rate(RatingLevel.SATISFIED, null, at("2026-10-09"));

            assertRefusedAndUnchanged(
                    matter, "matter.error.cannotRate", m -> m.rate(RatingLevel.VERY_DISSATISFIED, null, FILED));
            assertThat(matter.getRatingLevel()).isEqualTo(RatingLevel.SATISFIED);
        }

        @ParameterizedTest
        @EnumSource(value = MatterStatus.class, names = "RESOLVED", mode = EnumSource.Mode.EXCLUDE)
        void onlyWhenResolved(MatterStatus status) {
            assertRefusedAndUnchanged(
                    inStatus(status), "matter.error.cannotRate", m -> m.rate(RatingLevel.SATISFIED, null, FILED));
        }

        @Test
        void aChoiceIsRequired() {
            assertRefusedAndUnchanged(matter, "matter.error.ratingRequired", m -> m.rate(null, "还行", FILED));
            assertThat(matter.getRatingLevel()).isNull();
        }

        @Test
        void theCommentHasAtMostFiveHundredCharacters() {
            matter.rate(RatingLevel.DISSATISFIED, "慢".repeat(500), FILED);
            assertThat(matter.getRatingComment()).hasSize(500);

            Matter another = inStatus(MatterStatus.RESOLVED);
            assertRefusedAndUnchanged(
                    another, "matter.error.textTooLong", m -> m.rate(RatingLevel.DISSATISFIED, "慢".repeat(501), FILED));
            assertThat(another.getRatingLevel()).isNull();
        }

        @Test
        void aBadRatingOpensARectificationForTheSameOffice() {
            matter.rate(RatingLevel.VERY_DISSATISFIED, "没人回电话", at("2026-10-09"));

            Matter rectification = Matter.rectificationOf(matter, "AJ20261009-5555-66", 15, at("2026-10-09"));

            assertThat(rectification.getType()).isEqualTo(MatterType.RECTIFICATION);
            assertThat(rectification.getStatus()).isEqualTo(MatterStatus.SUBMITTED);
            assertThat(rectification.getOrigin()).isSameAs(matter);
            assertThat(rectification.getOffice()).isSameAs(matter.getOffice());
            assertThat(rectification.getApplicant()).isSameAs(matter.getApplicant());
            assertThat(rectification.getChannel()).isEqualTo(Channel.SYSTEM);
            assertThat(rectification.getPromisedDays()).isEqualTo(15);
            assertThat(rectification.getSubject()).contains(matter.getTrackingNumber());
            assertThat(rectification.getHistory()).singleElement().satisfies(event -> {
                assertThat(event.getAction()).isEqualTo(MatterAction.FILE);
                assertThat(event.getActorName()).isEqualTo(Actor.SYSTEM);
            });
        }

        @Test
        void aRectificationIsResolvedOnlyWithTheVillagersAnswerToTheCallBack() {
            matter.rate(RatingLevel.VERY_DISSATISFIED, "没人回电话", at("2026-10-09"));
            Matter rectification = Matter.rectificationOf(matter, "AJ20261009-5555-66", 15, at("2026-10-09"));
            rectification.accept(LI_SI, calendar(), at("2026-10-09"));

            assertRefusedAndUnchanged(
                    rectification,
                    "matter.error.callBackRequired",
                    m -> m.resolve(LI_SI, "已重新安排维修", " ", at("2026-10-12")));
            assertRefusedAndUnchanged(
                    rectification, "matter.error.callBackRequired", m -> m.resolve(LI_SI, "已重新安排维修", at("2026-10-12")));
            assertRefusedAndUnchanged(
                    rectification,
                    "matter.error.textTooLong",
                    m -> m.resolve(LI_SI, "已重新安排维修", "话".repeat(1001), at("2026-10-12")));

            rectification.resolve(LI_SI, "已重新安排维修", "10月12日电话回访，村民表示路灯已修好，满意", at("2026-10-12"));
            assertThat(rectification.getStatus()).isEqualTo(MatterStatus.RESOLVED);
            assertThat(rectification.getCallBack()).isEqualTo("10月12日电话回访，村民表示路灯已修好，满意");
            assertThat(rectification.getReply()).isEqualTo("已重新安排维修");
        }

        @Test
        void otherMattersNeedNoCallBackToBeResolved() {
            Matter ordinary = inStatus(MatterStatus.IN_PROGRESS);
            ordinary.resolve(LI_SI, "已修复", at("2026-10-12"));
            assertThat(ordinary.getStatus()).isEqualTo(MatterStatus.RESOLVED);
            assertThat(ordinary.getCallBack()).isNull();
        }
    }

    @Nested
    @DisplayName("overdue (督办): flagged once, after the due date, while the clock runs")
    class Overdue {

        // accepted Tue 29 Sep with 5 working days: due Mon 12 Oct
        private final Matter matter = acceptedOn("2026-09-29", 5);

        @Test
        void notOnTheDueDateItself() {
            assertThat(matter.markOverdueIfLate(date("2026-10-12"))).isFalse();
            assertThat(matter.isOverdue()).isFalse();
        }

        @Test
        void theDayAfterItIsFlaggedAndEscalatedExactlyOnce() {
            assertThat(matter.markOverdueIfLate(date("2026-10-13"))).isTrue();
            assertThat(matter.markOverdueIfLate(date("2026-10-13"))).isFalse();
            assertThat(matter.markOverdueIfLate(date("2026-10-14"))).isFalse();

            assertThat(matter.isOverdue()).isTrue();
            assertThat(matter.getHistory())
                    .filteredOn(event -> event.getAction() == MatterAction.ESCALATE)
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.getActorName()).isEqualTo(Actor.SYSTEM);
                        assertThat(event.getActorId()).isNull();
                        assertThat(event.getFromStatus()).isEqualTo(MatterStatus.ACCEPTED);
                        assertThat(event.getToStatus()).isEqualTo(MatterStatus.ACCEPTED);
                        assertThat(event.getOfficeId()).isEqualTo(SANJIA_CENTRE_ID);
                        assertThat(event.getOccurredAt())
                                .isEqualTo(date("2026-10-13").atStartOfDay());
                    });
            assertThat(matter.getStatus()).isEqualTo(MatterStatus.ACCEPTED);
        }

        @Test
        void notWhileWaitingForTheVillager() {
            matter.requestInformation(LI_SI, "请补交身份证复印件", at("2026-10-09"));

            assertThat(matter.markOverdueIfLate(date("2026-10-20"))).isFalse();
            assertThat(matter.isOverdue()).isFalse();
        }

        @Test
        void notOnceResolved() {
            matter.resolve(LI_SI, "已办结", at("2026-10-12"));

            assertThat(matter.markOverdueIfLate(date("2026-10-20"))).isFalse();
        }

        @Test
        void notBeforeAcceptanceSinceThereIsNoDueDateYet() {
            assertThat(inStatus(MatterStatus.SUBMITTED).markOverdueIfLate(date("2027-01-01")))
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("reminders (催办): once, on the working day before the due date")
    class Reminders {

        // accepted Mon 2 Mar with 10 working days: due Mon 16 Mar
        private final Matter dueOnAMonday = acceptedOn("2026-03-02", 10);

        @Test
        void aMatterDueOnMondayIsRemindedOnTheFridayBefore() {
            assertThat(dueOnAMonday.getDueDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

            assertThat(dueOnAMonday.remindIfDue(date("2026-03-13"), calendar())).isTrue();

            MatterEvent event = lastEvent(dueOnAMonday);
            assertThat(event.getAction()).isEqualTo(MatterAction.REMIND);
            assertThat(event.getActorName()).isEqualTo(Actor.SYSTEM);
            assertThat(event.getFromStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getToStatus()).isEqualTo(MatterStatus.ACCEPTED);
            assertThat(event.getOfficeId()).isEqualTo(SANJIA_CENTRE_ID);
        }

        @Test
        void onlyOnce() {
            assertThat(dueOnAMonday.remindIfDue(date("2026-03-13"), calendar())).isTrue();
            assertThat(dueOnAMonday.remindIfDue(date("2026-03-13"), calendar())).isFalse();
            assertThat(dueOnAMonday.remindIfDue(date("2026-03-14"), calendar())).isFalse();
            assertThat(dueOnAMonday.remindIfDue(date("2026-03-15"), calendar())).isFalse();

            assertThat(dueOnAMonday.getHistory())
                    .filteredOn(event -> event.getAction() == MatterAction.REMIND)
                    .hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-11", "2026-03-12", "2026-03-16", "2026-03-17"})
        void notOnOtherWorkingDays(String day) {
            int events = dueOnAMonday.getHistory().size();

            assertThat(dueOnAMonday.remindIfDue(date(day), calendar())).isFalse();
            assertThat(dueOnAMonday.getHistory()).hasSize(events);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-14", "2026-03-15"})
        void notOnTheWeekendBeforeAMondayDueDate(String day) {
            assertThat(dueOnAMonday.remindIfDue(date(day), calendar())).isFalse();
        }

        @Test
        void whenTheDayBeforeIsAWorkedSaturdayThatIsTheDay() {
            // due Mon 12 Oct; Sat 10 Oct is worked instead of a National Day holiday
            Matter matter = acceptedOn("2026-09-29", 5);

            assertThat(matter.remindIfDue(date("2026-10-09"), calendar())).isFalse();
            assertThat(matter.remindIfDue(date("2026-10-10"), calendar())).isTrue();
        }

        @Test
        void aNewDueDateAfterAnExtensionGetsItsOwnReminder() {
            dueOnAMonday.remindIfDue(date("2026-03-13"), calendar());
            dueOnAMonday.requestExtension(2, "需现场核查", LI_SI, at("2026-03-13"));
            dueOnAMonday.grantExtension(WANG_WU, calendar(), at("2026-03-13"));

            assertThat(dueOnAMonday.getDueDate()).isEqualTo(date("2026-03-18"));
            assertThat(dueOnAMonday.remindIfDue(date("2026-03-17"), calendar())).isTrue();
        }

        @Test
        void notWhileWaitingForTheVillager() {
            dueOnAMonday.requestInformation(LI_SI, "请补交户口簿复印件", at("2026-03-12"));

            assertThat(dueOnAMonday.remindIfDue(date("2026-03-13"), calendar())).isFalse();
        }

        @Test
        void notWithoutADueDate() {
            assertThat(inStatus(MatterStatus.SUBMITTED).remindIfDue(date("2026-09-29"), calendar()))
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("the history")
    class History {

        @Test
        void everyEventRecordsActorStatusesOfficeAndComment() {
            Matter matter = inStatus(MatterStatus.SUBMITTED);

            matter.notAccept(LI_SI, "材料不全且无法补正", at("2026-09-29"));

            MatterEvent event = lastEvent(matter);
            assertThat(event.getActorId()).isEqualTo(101L);
            assertThat(event.getActorName()).isEqualTo("li.si");
            assertThat(event.getAction()).isEqualTo(MatterAction.NOT_ACCEPT);
            assertThat(event.getFromStatus()).isEqualTo(MatterStatus.SUBMITTED);
            assertThat(event.getToStatus()).isEqualTo(MatterStatus.NOT_ACCEPTED);
            assertThat(event.getOfficeId()).isEqualTo(SANJIA_CENTRE_ID);
            assertThat(event.getComment()).isEqualTo("材料不全且无法补正");
            assertThat(event.getOccurredAt()).isEqualTo(at("2026-09-29"));
        }

        @Test
        void eachStatusEventStartsWhereThePreviousOneEnded() {
            Matter matter = inStatus(MatterStatus.CLOSED);

            List<MatterEvent> history = matter.getHistory();
            for (int i = 1; i < history.size(); i++) {
                assertThat(history.get(i).getFromStatus())
                        .as("event %d", i)
                        .isEqualTo(history.get(i - 1).getToStatus());
            }
        }

        @Test
        void itCannotBeChangedFromOutside() {
            Matter matter = inStatus(MatterStatus.ACCEPTED);
            List<MatterEvent> history = matter.getHistory();
            MatterEvent forged = new MatterEvent(
                    matter, FILED, LI_SI, MatterAction.CLOSE, MatterStatus.ACCEPTED, MatterStatus.CLOSED, 11L, null);

            assertThatThrownBy(() -> history.add(forged)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> history.remove(0)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(history::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> history.set(0, forged)).isInstanceOf(UnsupportedOperationException.class);
            assertThat(matter.getHistory()).hasSize(2);
        }

        @Test
        void newEventsAreAppendedAndEarlierOnesStayAsTheyWere() {
            Matter matter = inStatus(MatterStatus.SUBMITTED);
            List<MatterEvent> before = List.copyOf(matter.getHistory());

            matter.accept(LI_SI, calendar(), at("2026-09-29"));
            matter.assignTo(102L, "wang.wu", LI_SI, at("2026-09-29"));
            matter.start(WANG_WU, at("2026-09-30"));

            assertThat(matter.getHistory()).hasSize(4).startsWith(before.toArray(MatterEvent[]::new));
            assertThat(matter.getHistory())
                    .extracting(MatterEvent::getAction)
                    .containsExactly(MatterAction.FILE, MatterAction.ACCEPT, MatterAction.ASSIGN, MatterAction.START);
        }
    }
}
