package org.bianmin.api.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.bianmin.matter.domain.MatterStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Open311 statuses: open while someone still has work to do, closed once the office is done")
class Open311StatusTest {

    @ParameterizedTest
    @EnumSource(
            value = MatterStatus.class,
            names = {"SUBMITTED", "ACCEPTED", "IN_PROGRESS", "WAITING_FOR_VILLAGER", "RETURNED"})
    void aMatterStillInTheWorkflowIsOpen(MatterStatus status) {
        assertThat(Open311Status.of(status)).isEqualTo(Open311Status.OPEN);
        assertThat(Open311Status.of(status).wire()).isEqualTo("open");
    }

    @ParameterizedTest
    @EnumSource(
            value = MatterStatus.class,
            names = {"RESOLVED", "CLOSED", "NOT_ACCEPTED", "MERGED"})
    void aResolvedRefusedOrMergedMatterIsClosed(MatterStatus status) {
        assertThat(Open311Status.of(status)).isEqualTo(Open311Status.CLOSED);
        assertThat(Open311Status.of(status).wire()).isEqualTo("closed");
    }

    @Test
    void theTwoStatusesShareOutEveryWorkflowStatusExactlyOnce() {
        EnumSet<MatterStatus> open = EnumSet.copyOf(Open311Status.OPEN.matterStatuses());
        EnumSet<MatterStatus> closed = EnumSet.copyOf(Open311Status.CLOSED.matterStatuses());

        assertThat(open).doesNotContainAnyElementsOf(closed);
        open.addAll(closed);
        assertThat(open).isEqualTo(EnumSet.allOf(MatterStatus.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"open", "OPEN", " Open "})
    void readsTheWireWordInAnyCase(String word) {
        assertThat(Open311Status.fromWire(word)).isEqualTo(Open311Status.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "opened", "resolved", "closed,open"})
    void anyOtherWordIsNoStatus(String word) {
        assertThat(Open311Status.fromWire(word)).isNull();
    }
}
