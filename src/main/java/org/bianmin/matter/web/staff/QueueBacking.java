package org.bianmin.matter.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.application.QueueKind;
import org.bianmin.matter.application.QueueSearch;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.matter.domain.QueueOrder;
import org.bianmin.matter.domain.StaffDesk;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** /staff/: the queues of a desk (office, mine, supervision, dispatch), filtered and paged in the database. */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MatterService matters;

    private List<QueueKind> kinds;
    private QueueKind kind;
    private MatterStatus status;
    private MatterType type;
    private String villageCode;
    private boolean overdueOnly;
    private LocalDate from;
    private LocalDate to;
    private boolean capped;

    private final LazyDataModel<Matter> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long count = matters.count(search());
            capped = count > MatterService.QUEUE_LIMIT;
            return (int) Math.min(count, MatterService.QUEUE_LIMIT);
        }

        @Override
        public List<Matter> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return matters.queue(search(), order(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(Matter matter) {
            return String.valueOf(matter.getId());
        }

        @Override
        public Matter getRowData(String rowKey) {
            return null;
        }
    };

    @PostConstruct
    void init() {
        StaffDesk desk = matters.desk();
        kinds = new ArrayList<>();
        if (!desk.user().has(org.bianmin.identity.domain.Permission.AREA_STAFF)) {
            // village clerks and helpers follow their village's matters; they act on none of them
            kinds.add(QueueKind.VILLAGE);
            kind = QueueKind.VILLAGE;
            return;
        }
        if (desk.dispatcher()) {
            kinds.add(QueueKind.DISPATCH);
        }
        kinds.add(QueueKind.OFFICE);
        kinds.add(QueueKind.MINE);
        if (!desk.supervisedOfficeIds().isEmpty()) {
            kinds.add(QueueKind.SUPERVISION);
        }
        kind = kinds.get(0);
    }

    /** The table's sort, limited to the orders the database can serve from an index. */
    static QueueOrder order(Map<String, SortMeta> sortBy) {
        for (SortMeta sort : sortBy.values()) {
            boolean ascending = sort.getOrder() == SortOrder.ASCENDING;
            if ("dueDate".equals(sort.getField())) {
                return ascending ? QueueOrder.DUE_SOONEST : QueueOrder.DUE_LATEST;
            }
            if ("submittedAt".equals(sort.getField())) {
                return ascending ? QueueOrder.OLDEST_FIRST : QueueOrder.NEWEST_FIRST;
            }
        }
        return QueueOrder.NEWEST_FIRST;
    }

    private QueueSearch search() {
        return new QueueSearch(kind, status, type, blankToNull(villageCode), overdueOnly, from, to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the queue holds more than the table pages through. */
    public boolean isCapped() {
        return capped;
    }

    public int getQueueLimit() {
        return MatterService.QUEUE_LIMIT;
    }

    public LazyDataModel<Matter> getRows() {
        return rows;
    }

    public List<QueueKind> getKinds() {
        return kinds;
    }

    public MatterStatus[] getStatuses() {
        return MatterStatus.values();
    }

    public MatterType[] getTypes() {
        return MatterType.values();
    }

    public boolean isLate(Matter matter) {
        return matter.isOverdue()
                || matter.getDueDate() != null
                        && matter.getStatus().isClockRunning()
                        && LocalDate.now().isAfter(matter.getDueDate());
    }

    public QueueKind getKind() {
        return kind;
    }

    public void setKind(QueueKind kind) {
        if (kind != null && kinds.contains(kind)) {
            this.kind = kind;
        }
    }

    public MatterStatus getStatus() {
        return status;
    }

    public void setStatus(MatterStatus status) {
        this.status = status;
    }

    public MatterType getType() {
        return type;
    }

    public void setType(MatterType type) {
        this.type = type;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
