package org.bianmin.matter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a matter's append-only history: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "matter_event")
public class MatterEvent implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 64)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 32)
    private MatterAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 32)
    private MatterStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 32)
    private MatterStatus toStatus;

    @Column(name = "office_id", updatable = false)
    private Long officeId;

    @Column(name = "comment", updatable = false, length = MAX_COMMENT)
    private String comment;

    protected MatterEvent() {}

    MatterEvent(
            Matter matter,
            LocalDateTime occurredAt,
            Actor actor,
            MatterAction action,
            MatterStatus from,
            MatterStatus to,
            Long officeId,
            String comment) {
        this.matter = matter;
        this.occurredAt = occurredAt;
        this.actorId = actor.userId();
        this.actorName = actor.name();
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.officeId = officeId;
        this.comment = comment;
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

    public MatterAction getAction() {
        return action;
    }

    public MatterStatus getFromStatus() {
        return fromStatus;
    }

    public MatterStatus getToStatus() {
        return toStatus;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public String getComment() {
        return comment;
    }
}
