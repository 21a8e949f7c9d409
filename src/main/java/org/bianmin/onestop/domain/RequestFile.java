package org.bianmin.onestop.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A photo or document attached to a request, stored in the database with the kind its content really is. */
@Entity
@Table(name = "service_request_file")
public class RequestFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    /** A name made by the portal (e.g. "材料-1.jpg"): the uploaded name may carry personal data or markup. */
    @Column(name = "file_name", nullable = false, length = 120, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8, updatable = false)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected RequestFile() {}

    public RequestFile(long requestId, String fileName, Upload upload, LocalDateTime now) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.kind = upload.kind();
        this.sizeBytes = upload.content().length;
        this.sha256 = upload.sha256();
        this.content = upload.content();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getKind() {
        return kind;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
