package org.bianmin.eldercare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A {@link StageTrail.Move} as stored in {@code care_application_move} (append-only). */
@Embeddable
public class StageMove implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 30)
    private Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 30)
    private Stage to;

    @Column(name = "reason", length = 500)
    private String reason;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "moved_at", nullable = false)
    private LocalDateTime at;

    protected StageMove() {}

    static StageMove of(StageTrail.Move move) {
        StageMove m = new StageMove();
        m.from = move.from();
        m.to = move.to();
        m.reason = move.reason();
        m.actor = move.actor();
        m.at = move.at();
        return m;
    }

    StageTrail.Move toMove() {
        return new StageTrail.Move(from, to, reason, actor, at);
    }

    public Stage getFrom() {
        return from;
    }

    public Stage getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getAt() {
        return at;
    }

    /** A move back to an earlier stage (退回). */
    public boolean isSendBack() {
        return to != Stage.REFUSED && to.ordinal() < from.ordinal();
    }
}
