package org.bianmin.notice.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.bianmin.shared.domain.BaseEntity;

/**
 * A file of a decision matter: of the matter itself, of one meeting (a photo of the signed attendance sheet) or of a
 * disclosure. Only result-disclosure photos are public; the file name is made by the portal, never the uploaded one.
 */
@Entity
@Table(name = "decision_attachment")
public class DecisionAttachment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "disclosure_id", updatable = false)
    private Long disclosureId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "public_visible", nullable = false, updatable = false)
    private boolean publicVisible;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    protected DecisionAttachment() {}

    public DecisionAttachment(
            long matterId,
            Long meetingId,
            Long disclosureId,
            String fileName,
            String contentType,
            byte[] content,
            boolean publicVisible,
            long uploadedBy) {
        this.matterId = matterId;
        this.meetingId = meetingId;
        this.disclosureId = disclosureId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.publicVisible = publicVisible;
        this.uploadedBy = uploadedBy;
    }

    public long getMatterId() {
        return matterId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getDisclosureId() {
        return disclosureId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public boolean isPublicVisible() {
        return publicVisible;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }
}
