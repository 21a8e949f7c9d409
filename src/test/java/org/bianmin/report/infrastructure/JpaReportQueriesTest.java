package org.bianmin.report.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.bianmin.matter.domain.MatterStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The report queries")
class JpaReportQueriesTest {

    @Test
    void countAsOpenWhatTheWorkflowCallsOpen() {
        assertThat(JpaReportQueries.OPEN)
                .containsExactlyInAnyOrder(
                        MatterStatus.SUBMITTED,
                        MatterStatus.ACCEPTED,
                        MatterStatus.IN_PROGRESS,
                        MatterStatus.WAITING_FOR_VILLAGER,
                        MatterStatus.RETURNED);
    }
}
