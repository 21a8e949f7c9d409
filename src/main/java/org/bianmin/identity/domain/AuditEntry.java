package org.bianmin.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the append-only audit log. Written once; the database refuses updates and deletes. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SUMMARY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", updatable = false, length = 64)
    private String actorName;

    @Column(name = "action", nullable = false, updatable = false, length = 48)
    private String action;

    @Column(name = "object_type", updatable = false, length = 48)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 64)
    private String objectId;

    @Column(name = "summary", updatable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(name = "source_ip", updatable = false, length = 45)
    private String sourceIp;

    protected AuditEntry() {}

    public AuditEntry(
            LocalDateTime occurredAt,
            Long actorId,
            String actorName,
            AuditAction action,
            String objectType,
            String objectId,
            String summary,
            String sourceIp) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action.name();
        this.objectType = objectType;
        this.objectId = objectId;
        this.summary = summary == null || summary.length() <= MAX_SUMMARY
                ? summary
                : summary.substring(0, MAX_SUMMARY - 1) + "…";
        this.sourceIp = sourceIp;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getSummary() {
        return summary;
    }

    public String getSourceIp() {
        return sourceIp;
    }
}
