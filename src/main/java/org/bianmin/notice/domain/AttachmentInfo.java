package org.bianmin.notice.domain;

import java.io.Serializable;

/** What a page shows of a decision file: everything but its content, which is read only when the file is opened. */
public final class AttachmentInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final Long meetingId;
    private final Long disclosureId;
    private final String fileName;
    private final String contentType;
    private final long sizeBytes;
    private final boolean publicVisible;

    public AttachmentInfo(
            long id,
            Long meetingId,
            Long disclosureId,
            String fileName,
            String contentType,
            long sizeBytes,
            boolean publicVisible) {
        this.id = id;
        this.meetingId = meetingId;
        this.disclosureId = disclosureId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.publicVisible = publicVisible;
    }

    public long getId() {
        return id;
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

    public boolean isPublicVisible() {
        return publicVisible;
    }
}
