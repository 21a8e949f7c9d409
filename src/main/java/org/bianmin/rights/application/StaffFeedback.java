package org.bianmin.rights.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.bianmin.matter.domain.Channel;
import org.bianmin.rights.domain.FeedbackType;

/**
 * Feedback as the owning office sees it: the person's name for named feedback (the phone masked: the whole number is
 * on the matter), its matter, answer, moderation and adoption.
 *
 * @param entityVersion the row's version, so an answer or a hide refuses a stale page
 */
public record StaffFeedback(
        long id,
        int entityVersion,
        int versionNumber,
        String itemKey,
        Integer itemPosition,
        String itemTitle,
        FeedbackType type,
        String text,
        boolean named,
        String authorName,
        String maskedPhone,
        String townName,
        Channel channel,
        LocalDateTime submittedAt,
        Long matterId,
        String trackingNumber,
        String answer,
        LocalDateTime answeredAt,
        String answeredBy,
        boolean hidden,
        String hiddenReason,
        String hiddenBy,
        Integer adoptedInVersion)
        implements Serializable {

    /** The office answers here only what did not become a matter (the rest through the matter). */
    public boolean answerable() {
        return !hidden && answer == null && matterId == null && type.textRequired();
    }
}
