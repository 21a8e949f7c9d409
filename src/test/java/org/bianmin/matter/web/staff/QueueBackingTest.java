package org.bianmin.matter.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bianmin.matter.domain.QueueOrder;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class QueueBackingTest {

    private static Map<String, SortMeta> sort(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void withoutASortTheNewestMatterComesFirst() {
        assertThat(QueueBacking.order(Map.of())).isEqualTo(QueueOrder.NEWEST_FIRST);
    }

    @Test
    void theDueDateAndFilingTimeColumnsSortBothWays() {
        assertThat(QueueBacking.order(sort("dueDate", SortOrder.ASCENDING))).isEqualTo(QueueOrder.DUE_SOONEST);
        assertThat(QueueBacking.order(sort("dueDate", SortOrder.DESCENDING))).isEqualTo(QueueOrder.DUE_LATEST);
        assertThat(QueueBacking.order(sort("submittedAt", SortOrder.ASCENDING))).isEqualTo(QueueOrder.OLDEST_FIRST);
        assertThat(QueueBacking.order(sort("submittedAt", SortOrder.DESCENDING)))
                .isEqualTo(QueueOrder.NEWEST_FIRST);
    }

    @Test
    void anyOtherFieldFallsBackToNewestFirstSoNoUnindexedOrderReachesTheDatabase() {
        assertThat(QueueBacking.order(sort("subject", SortOrder.ASCENDING))).isEqualTo(QueueOrder.NEWEST_FIRST);
    }
}
