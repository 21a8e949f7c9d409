package org.bianmin.eldercare.domain;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.shared.domain.BusinessException;

/**
 * Where an application stands and how it got there. A stage is completed only in order; an application may be sent
 * back to any earlier stage with a reason (the stages after it are then done again); only the district may refuse,
 * with a reason. Every move is kept.
 */
public class StageTrail implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_REASON = 500;

    private Stage stage = Stage.VILLAGE_CHECK;
    private final List<Move> moves = new ArrayList<>();

    /** One move along the trail. */
    public record Move(Stage from, Stage to, String reason, String actor, LocalDateTime at) implements Serializable {}

    public StageTrail() {}

    /** A trail as it was stored: where it stands and the moves so far. */
    public static StageTrail resume(Stage stage, List<Move> moves) {
        StageTrail trail = new StageTrail();
        trail.stage = stage;
        trail.moves.addAll(moves);
        return trail;
    }

    public Stage stage() {
        return stage;
    }

    /** The current stage is done; the next one starts. */
    public void complete(Stage current, String actor, LocalDateTime now) {
        requireAt(current);
        Stage next = Stage.values()[stage.ordinal() + 1];
        moves.add(new Move(stage, next, null, actor, now));
        stage = next;
    }

    /** 退回: back to an earlier stage, with the reason. */
    public void sendBack(Stage to, String reason, String actor, LocalDateTime now) {
        if (stage.isFinal()) {
            throw new BusinessException("eldercare.error.finished");
        }
        if (to == null || to.ordinal() >= stage.ordinal()) {
            throw new BusinessException("eldercare.error.sendBackForward");
        }
        moves.add(new Move(stage, to, required(reason), actor, now));
        stage = to;
    }

    /** 不予批准: only at the district's approval, with the reason the applicant is told. */
    public void refuse(String reason, String actor, LocalDateTime now) {
        requireAt(Stage.DISTRICT_APPROVAL);
        moves.add(new Move(stage, Stage.REFUSED, required(reason), actor, now));
        stage = Stage.REFUSED;
    }

    private void requireAt(Stage expected) {
        if (stage.isFinal()) {
            throw new BusinessException("eldercare.error.finished");
        }
        if (stage != expected) {
            throw new BusinessException("eldercare.error.wrongStage", expected, stage);
        }
    }

    private static String required(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException("eldercare.error.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new BusinessException("eldercare.error.reasonTooLong", MAX_REASON);
        }
        return text;
    }

    public List<Move> moves() {
        return List.copyOf(moves);
    }
}
