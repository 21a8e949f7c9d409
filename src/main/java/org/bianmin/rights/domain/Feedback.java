package org.bianmin.rights.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.bianmin.matter.domain.Channel;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A villager's feedback on one item of the published list. It is never edited: the office answers it (once), may
 * hide it with a reason when it is abusive, and a later version may take it up (adopt it). Anonymous feedback keeps no
 * personal data; named feedback keeps its {@link Author}.
 */
@Entity
@Table(name = "rights_feedback")
public class Feedback extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 500;
    public static final int MAX_ANSWER = 2000;
    public static final int MAX_REASON = 200;
    private static final Pattern TOWN = Pattern.compile("\\d{9}");

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "item_key", nullable = false, updatable = false, length = 16)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false, length = 16)
    private FeedbackType type;

    @Column(name = "body", updatable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "named", nullable = false, updatable = false)
    private boolean named;

    @Column(name = "author_name", updatable = false, length = Author.MAX_NAME)
    private String authorName;

    @Column(name = "author_phone", updatable = false, length = 11)
    private String authorPhone;

    @Column(name = "village_code", updatable = false, length = 12)
    private String villageCode;

    @Column(name = "town_code", updatable = false, length = 9)
    private String townCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 16)
    private Channel channel;

    @Column(name = "matter_id")
    private Long matterId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    @Column(name = "answer", length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = MAX_REASON)
    private String hiddenReason;

    @Column(name = "hidden_at")
    private LocalDateTime hiddenAt;

    @Column(name = "hidden_by", length = 64)
    private String hiddenBy;

    @Column(name = "adopted_version_id")
    private Long adoptedVersionId;

    @Column(name = "adopted_version_number")
    private Integer adoptedVersionNumber;

    protected Feedback() {}

    /**
     * Feedback on an item of the published version.
     *
     * @param author the person, for named feedback; null for anonymous feedback
     * @param townCode for anonymous feedback, the town it came from if known (a kiosk's, or one the person chose);
     *     ignored for named feedback, whose town is the author's
     * @throws BusinessException when the version is not the published one, the item is not in it, the type is missing,
     *     or the text is missing (except for agreement) or too long
     */
    public static Feedback submit(
            ListVersion version,
            String itemKey,
            FeedbackType type,
            String text,
            Author author,
            String townCode,
            Channel channel,
            LocalDateTime now) {
        if (version == null || !version.acceptsFeedback()) {
            throw new BusinessException("rights.error.notCurrent");
        }
        ListItem item = version.item(itemKey).orElseThrow(() -> new BusinessException("rights.error.itemGone"));
        if (type == null) {
            throw new BusinessException("rights.error.type");
        }
        String trimmed = text == null ? "" : text.strip();
        if (type.textRequired() && trimmed.isEmpty()) {
            throw new BusinessException("rights.error.textRequired");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new BusinessException("rights.error.textTooLong", MAX_TEXT);
        }
        if (author == null && townCode != null && !TOWN.matcher(townCode).matches()) {
            throw new BusinessException("rights.error.town");
        }
        Feedback feedback = new Feedback();
        feedback.versionId = version.getId();
        feedback.versionNumber = version.getNumber();
        feedback.itemId = item.getId();
        feedback.itemKey = item.getKey();
        feedback.type = type;
        feedback.text = trimmed.isEmpty() ? null : trimmed;
        feedback.named = author != null;
        if (author != null) {
            feedback.authorName = author.name();
            feedback.authorPhone = author.phone();
            feedback.villageCode = author.villageCode();
            feedback.townCode = author.townCode();
        } else {
            feedback.townCode = townCode;
        }
        feedback.channel = channel;
        feedback.submittedAt = now;
        return feedback;
    }

    /** Whether the office must answer it through the workflow (a named suggestion, objection or question). */
    public boolean needsMatter() {
        return named && type.becomesMatterWhenNamed();
    }

    public void linkMatter(long id) {
        if (!needsMatter() || matterId != null) {
            throw new IllegalStateException("feedback " + getId() + " takes no matter");
        }
        matterId = id;
    }

    /**
     * The office's public answer, given once. Feedback that became a matter is answered through the matter (its
     * reply), so the person is told and the deadline is kept.
     */
    public void answer(String text, String by, LocalDateTime now) {
        if (matterId != null) {
            throw new BusinessException("rights.error.answerThroughMatter");
        }
        giveAnswer(text, by, now);
    }

    /**
     * The matter this feedback became was resolved: its reply is the answer shown on the item.
     *
     * @return whether the answer was recorded (hidden feedback, or feedback answered already, keeps what it has)
     */
    public boolean answeredThroughMatter(String reply, String by, LocalDateTime now) {
        if (hidden || answer != null) {
            return false;
        }
        giveAnswer(reply, by, now);
        return true;
    }

    private void giveAnswer(String text, String by, LocalDateTime now) {
        if (hidden) {
            throw new BusinessException("rights.error.hidden");
        }
        if (answer != null) {
            throw new BusinessException("rights.error.alreadyAnswered");
        }
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_ANSWER) {
            throw new BusinessException("rights.error.answer", MAX_ANSWER);
        }
        answer = trimmed;
        answeredAt = now;
        answeredBy = by;
    }

    /** Moderation: abusive feedback disappears from the public pages, with the reason kept; its words stay as they were. */
    public void hide(String reason, String by, LocalDateTime now) {
        if (hidden) {
            throw new BusinessException("rights.error.alreadyHidden");
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw new BusinessException("rights.error.reason", MAX_REASON);
        }
        hidden = true;
        hiddenReason = trimmed;
        hiddenAt = now;
        hiddenBy = by;
    }

    /** Whether a new version made from the version this feedback is about may take it up. */
    public boolean adoptableBy(ListVersion draft) {
        return type.adoptable()
                && !hidden
                && draft.getBasedOn() != null
                && versionId.equals(draft.getBasedOn().getId());
    }

    /** A new version took this feedback up; the person can see it on the item. */
    public void adoptedIn(ListVersion version) {
        if (!adoptableBy(version)) {
            throw new BusinessException("rights.error.notAdoptable");
        }
        adoptedVersionId = version.getId();
        adoptedVersionNumber = version.getNumber();
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean isAdopted() {
        return adoptedVersionId != null;
    }

    public Long getVersionId() {
        return versionId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public FeedbackType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public boolean isNamed() {
        return named;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorPhone() {
        return authorPhone;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getTownCode() {
        return townCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public Long getMatterId() {
        return matterId;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public LocalDateTime getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public Long getAdoptedVersionId() {
        return adoptedVersionId;
    }

    public Integer getAdoptedVersionNumber() {
        return adoptedVersionNumber;
    }

    @Override
    public String toString() {
        return "Feedback " + getId() + " " + type + " on " + itemKey + (named ? " (named)" : " (anonymous)");
    }
}
