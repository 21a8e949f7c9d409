package org.bianmin.matter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bianmin.matter.domain.MatterFixtures.FILED;
import static org.bianmin.matter.domain.MatterFixtures.inStatus;
import static org.bianmin.matter.domain.MatterFixtures.lastEvent;
import static org.bianmin.matter.domain.MatterFixtures.perform;
import static org.bianmin.matter.domain.MatterFixtures.yufengCentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bianmin.place.domain.Office;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The matter state machine: every status × every status-moving action")
class MatterStatusTransitionsTest {

    /** The actions that move a matter from one status to another; the rest only record something. */
    static final Set<MatterAction> MOVING = EnumSet.of(
            MatterAction.ACCEPT,
            MatterAction.NOT_ACCEPT,
            MatterAction.START,
            MatterAction.REQUEST_INFORMATION,
            MatterAction.RESUME,
            MatterAction.RESOLVE,
            MatterAction.CLOSE,
            MatterAction.RETURN,
            MatterAction.REDISPATCH,
            MatterAction.MERGE);

    /**
     * The specification, written out cell by cell: from this status, this action leads to that status, or is refused.
     * Nothing else in this class decides what is expected.
     */
    static final String TABLE =
            """
            SUBMITTED             ACCEPT               ACCEPTED
            SUBMITTED             NOT_ACCEPT           NOT_ACCEPTED
            SUBMITTED             START                refused
            SUBMITTED             REQUEST_INFORMATION  refused
            SUBMITTED             RESUME               refused
            SUBMITTED             RESOLVE              refused
            SUBMITTED             CLOSE                refused
            SUBMITTED             RETURN               RETURNED
            SUBMITTED             REDISPATCH           refused
            SUBMITTED             MERGE                MERGED

            ACCEPTED              ACCEPT               refused
            ACCEPTED              NOT_ACCEPT           refused
            ACCEPTED              START                IN_PROGRESS
            ACCEPTED              REQUEST_INFORMATION  WAITING_FOR_VILLAGER
            ACCEPTED              RESUME               refused
            ACCEPTED              RESOLVE              RESOLVED
            ACCEPTED              CLOSE                refused
            ACCEPTED              RETURN               refused
            ACCEPTED              REDISPATCH           refused
            ACCEPTED              MERGE                MERGED

            NOT_ACCEPTED          ACCEPT               refused
            NOT_ACCEPTED          NOT_ACCEPT           refused
            NOT_ACCEPTED          START                refused
            NOT_ACCEPTED          REQUEST_INFORMATION  refused
            NOT_ACCEPTED          RESUME               refused
            NOT_ACCEPTED          RESOLVE              refused
            NOT_ACCEPTED          CLOSE                refused
            NOT_ACCEPTED          RETURN               refused
            NOT_ACCEPTED          REDISPATCH           refused
            NOT_ACCEPTED          MERGE                refused

            IN_PROGRESS           ACCEPT               refused
            IN_PROGRESS           NOT_ACCEPT           refused
            IN_PROGRESS           START                refused
            IN_PROGRESS           REQUEST_INFORMATION  WAITING_FOR_VILLAGER
            IN_PROGRESS           RESUME               refused
            IN_PROGRESS           RESOLVE              RESOLVED
            IN_PROGRESS           CLOSE                refused
            IN_PROGRESS           RETURN               refused
            IN_PROGRESS           REDISPATCH           refused
            IN_PROGRESS           MERGE                MERGED

            WAITING_FOR_VILLAGER  ACCEPT               refused
            WAITING_FOR_VILLAGER  NOT_ACCEPT           refused
            WAITING_FOR_VILLAGER  START                refused
            WAITING_FOR_VILLAGER  REQUEST_INFORMATION  refused
            WAITING_FOR_VILLAGER  RESUME               IN_PROGRESS
            WAITING_FOR_VILLAGER  RESOLVE              refused
            WAITING_FOR_VILLAGER  CLOSE                refused
            WAITING_FOR_VILLAGER  RETURN               refused
            WAITING_FOR_VILLAGER  REDISPATCH           refused
            WAITING_FOR_VILLAGER  MERGE                MERGED

            RESOLVED              ACCEPT               refused
            RESOLVED              NOT_ACCEPT           refused
            RESOLVED              START                refused
            RESOLVED              REQUEST_INFORMATION  refused
            RESOLVED              RESUME               refused
            RESOLVED              RESOLVE              refused
            RESOLVED              CLOSE                CLOSED
            RESOLVED              RETURN               refused
            RESOLVED              REDISPATCH           refused
            RESOLVED              MERGE                refused

            CLOSED                ACCEPT               refused
            CLOSED                NOT_ACCEPT           refused
            CLOSED                START                refused
            CLOSED                REQUEST_INFORMATION  refused
            CLOSED                RESUME               refused
            CLOSED                RESOLVE              refused
            CLOSED                CLOSE                refused
            CLOSED                RETURN               refused
            CLOSED                REDISPATCH           refused
            CLOSED                MERGE                refused

            RETURNED              ACCEPT               refused
            RETURNED              NOT_ACCEPT           NOT_ACCEPTED
            RETURNED              START                refused
            RETURNED              REQUEST_INFORMATION  refused
            RETURNED              RESUME               refused
            RETURNED              RESOLVE              refused
            RETURNED              CLOSE                refused
            RETURNED              RETURN               refused
            RETURNED              REDISPATCH           SUBMITTED
            RETURNED              MERGE                refused

            MERGED                ACCEPT               refused
            MERGED                NOT_ACCEPT           refused
            MERGED                START                refused
            MERGED                REQUEST_INFORMATION  refused
            MERGED                RESUME               refused
            MERGED                RESOLVE              refused
            MERGED                CLOSE                refused
            MERGED                RETURN               refused
            MERGED                REDISPATCH           refused
            MERGED                MERGE                refused
            """;

    record Cell(MatterStatus from, MatterAction action, Optional<MatterStatus> to) {

        boolean allowed() {
            return to.isPresent();
        }

        @Override
        public String toString() {
            return from + " --" + action + "--> " + to.map(MatterStatus::name).orElse("refused");
        }
    }

    static List<Cell> table() {
        return TABLE.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .map(cols -> new Cell(
                        MatterStatus.valueOf(cols[0]),
                        MatterAction.valueOf(cols[1]),
                        cols[2].equals("refused") ? Optional.empty() : Optional.of(MatterStatus.valueOf(cols[2]))))
                .toList();
    }

    static Stream<Arguments> everyCell() {
        return table().stream().map(Arguments::of);
    }

    static Stream<Arguments> allowedCells() {
        return table().stream().filter(Cell::allowed).map(Arguments::of);
    }

    static Stream<Arguments> refusedCells() {
        return table().stream().filter(cell -> !cell.allowed()).map(Arguments::of);
    }

    @Test
    void theTableCoversEveryStatusAndEveryMovingActionExactlyOnce() {
        List<String> pairs =
                table().stream().map(cell -> cell.from() + "/" + cell.action()).toList();
        Set<String> expected = Arrays.stream(MatterStatus.values())
                .flatMap(status -> MOVING.stream().map(action -> status + "/" + action))
                .collect(Collectors.toSet());

        assertThat(pairs).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Nested
    @DisplayName("the transition table (MatterStatus.after)")
    class Table {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.bianmin.matter.domain.MatterStatusTransitionsTest#everyCell")
        void eachStatusAndActionLeadsExactlyWhereTheSpecificationSays(Cell cell) {
            assertThat(cell.from().after(cell.action())).isEqualTo(cell.to());
        }

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void theMovesFromAStatusAreExactlyTheAllowedCellsOfItsRow(MatterStatus status) {
            Set<MatterAction> allowedInRow = table().stream()
                    .filter(cell -> cell.from() == status && cell.allowed())
                    .map(Cell::action)
                    .collect(Collectors.toSet());

            assertThat(status.moves()).containsExactlyInAnyOrderElementsOf(allowedInRow);
        }

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void actionsThatOnlyRecordSomethingNeverMoveAStatus(MatterStatus status) {
            for (MatterAction action : EnumSet.complementOf(EnumSet.copyOf(MOVING))) {
                assertThat(status.after(action))
                        .as("%s from %s", action, status)
                        .isEmpty();
            }
        }

        @Test
        void theMovesCannotBeChangedFromOutside() {
            assertThatThrownBy(() -> MatterStatus.SUBMITTED.moves().add(MatterAction.CLOSE))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(MatterStatus.SUBMITTED.after(MatterAction.CLOSE)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"NOT_ACCEPTED", "CLOSED", "MERGED"})
        void notAcceptedClosedAndMergedAreFinal(MatterStatus status) {
            assertThat(status.moves()).isEmpty();
        }

        @Test
        void everyStatusCanBeReachedFromSubmitted() {
            Set<MatterStatus> reached = EnumSet.of(MatterStatus.SUBMITTED);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Cell cell : table()) {
                    if (cell.allowed() && reached.contains(cell.from())) {
                        grew |= reached.add(cell.to().orElseThrow());
                    }
                }
            }
            assertThat(reached).containsExactlyInAnyOrder(MatterStatus.values());
        }
    }

    @Nested
    @DisplayName("which statuses are open and which run the clock")
    class OpenAndClock {

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"SUBMITTED", "ACCEPTED", "IN_PROGRESS", "WAITING_FOR_VILLAGER", "RETURNED"})
        void stillSomeonesWork(MatterStatus status) {
            assertThat(status.isOpen()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"NOT_ACCEPTED", "RESOLVED", "CLOSED", "MERGED"})
        void nobodysWorkAnyMore(MatterStatus status) {
            assertThat(status.isOpen()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"SUBMITTED", "ACCEPTED", "IN_PROGRESS", "RETURNED"})
        void theClockRuns(MatterStatus status) {
            assertThat(status.isClockRunning()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"WAITING_FOR_VILLAGER", "NOT_ACCEPTED", "RESOLVED", "CLOSED", "MERGED"})
        void theClockStands(MatterStatus status) {
            assertThat(status.isClockRunning()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void onlyAnOpenMatterRunsTheClock(MatterStatus status) {
            if (status.isClockRunning()) {
                assertThat(status.isOpen()).isTrue();
            }
        }
    }

    @Nested
    @DisplayName("on a real matter")
    class OnAMatter {

        private final LocalDateTime later = LocalDateTime.parse("2026-10-09T15:00");

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void theFixturesReachEveryStatusThroughTheMattersOwnMethods(MatterStatus status) {
            Matter matter = inStatus(status);

            assertThat(matter.getStatus()).isEqualTo(status);
            assertThat(matter.getHistory())
                    .first()
                    .extracting(MatterEvent::getAction)
                    .isEqualTo(MatterAction.FILE);
            assertThat(lastEvent(matter).getToStatus()).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.bianmin.matter.domain.MatterStatusTransitionsTest#allowedCells")
        void anAllowedActionMovesTheMatterAndAppendsOneEvent(Cell cell) {
            Matter matter = inStatus(cell.from());
            List<MatterEvent> before = List.copyOf(matter.getHistory());

            perform(matter, cell.action(), yufengCentre(), later);

            assertThat(matter.getStatus()).isEqualTo(cell.to().orElseThrow());
            assertThat(matter.getHistory()).hasSize(before.size() + 1).startsWith(before.toArray(MatterEvent[]::new));
            MatterEvent event = lastEvent(matter);
            assertThat(event.getAction()).isEqualTo(cell.action());
            assertThat(event.getFromStatus()).isEqualTo(cell.from());
            assertThat(event.getToStatus()).isEqualTo(cell.to().orElseThrow());
            assertThat(event.getOccurredAt()).isEqualTo(later);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.bianmin.matter.domain.MatterStatusTransitionsTest#refusedCells")
        void aRefusedActionThrowsAndChangesNeitherStatusNorHistory(Cell cell) {
            Matter matter = inStatus(cell.from());
            List<MatterEvent> before = List.copyOf(matter.getHistory());
            LocalDate dueDate = matter.getDueDate();
            LocalDate pausedSince = matter.getPausedSince();
            String reply = matter.getReply();

            assertThatThrownBy(() -> perform(matter, cell.action(), yufengCentre(), later))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).getMessageKey())
                    .isEqualTo("matter.error.notAllowedNow");

            assertThat(matter.getStatus()).isEqualTo(cell.from());
            assertThat(matter.getHistory()).containsExactlyElementsOf(before);
            assertThat(matter.getDueDate()).isEqualTo(dueDate);
            assertThat(matter.getPausedSince()).isEqualTo(pausedSince);
            assertThat(matter.getReply()).isEqualTo(reply);
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"SUBMITTED", "ACCEPTED", "IN_PROGRESS", "WAITING_FOR_VILLAGER", "RESOLVED", "CLOSED"})
        void aRefusedRedispatchLeavesTheMatterWithItsOffice(MatterStatus status) {
            Matter matter = inStatus(status);
            Office before = matter.getOffice();

            assertThatThrownBy(() -> perform(matter, MatterAction.REDISPATCH, yufengCentre(), later))
                    .isInstanceOf(BusinessException.class);

            assertThat(matter.getOffice()).isSameAs(before);
        }

        @ParameterizedTest
        @EnumSource(
                value = MatterStatus.class,
                names = {"RESOLVED", "CLOSED", "NOT_ACCEPTED", "RETURNED"})
        void aRefusedMergeDoesNotPointTheMatterAtTheTarget(MatterStatus status) {
            Matter matter = inStatus(status);

            assertThatThrownBy(() -> perform(matter, MatterAction.MERGE, null, later))
                    .isInstanceOf(BusinessException.class);

            assertThat(matter.getMergedInto()).isNull();
        }

        @Test
        void aMatterCanTravelTheWholeLoopFromFilingToClosing() {
            Matter matter = MatterFixtures.filed(MatterFixtures.sanjiaCentre());

            for (MatterAction action : List.of(
                    MatterAction.RETURN,
                    MatterAction.REDISPATCH,
                    MatterAction.ACCEPT,
                    MatterAction.START,
                    MatterAction.REQUEST_INFORMATION,
                    MatterAction.RESUME,
                    MatterAction.RESOLVE,
                    MatterAction.CLOSE)) {
                perform(matter, action, yufengCentre(), FILED);
            }

            assertThat(matter.getStatus()).isEqualTo(MatterStatus.CLOSED);
            assertThat(matter.getHistory())
                    .extracting(MatterEvent::getAction)
                    .containsExactly(
                            MatterAction.FILE,
                            MatterAction.RETURN,
                            MatterAction.REDISPATCH,
                            MatterAction.ACCEPT,
                            MatterAction.START,
                            MatterAction.REQUEST_INFORMATION,
                            MatterAction.RESUME,
                            MatterAction.RESOLVE,
                            MatterAction.CLOSE);
            assertThat(matter.getHistory())
                    .allSatisfy(event -> assertThat(event.getToStatus()).isNotNull());
        }
    }
}
