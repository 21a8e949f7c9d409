package org.bianmin.onestop.domain;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bianmin.shared.domain.BusinessException;

/**
 * A file a villager chose, checked on arrival: not empty, not too big, and by its content a JPEG, PNG or PDF. Held in
 * the page until the request is filed.
 */
public record Upload(FileKind kind, byte[] content, String sha256) implements Serializable {

    public static Upload check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("onestop.error.fileEmpty");
        }
        if (content.length > FileKind.MAX_BYTES) {
            throw new BusinessException("onestop.error.fileTooBig", FileKind.MAX_BYTES / (1024 * 1024));
        }
        FileKind kind = FileKind.detect(content).orElseThrow(() -> new BusinessException("onestop.error.fileType"));
        return new Upload(kind, content.clone(), sha256(content));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public int size() {
        return content.length;
    }

    public boolean isImage() {
        return kind != FileKind.PDF;
    }
}
