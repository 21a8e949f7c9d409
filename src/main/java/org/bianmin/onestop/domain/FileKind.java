package org.bianmin.onestop.domain;

import java.util.Optional;

/**
 * The kinds of file a villager may attach, told apart by their first bytes, never by the name they came with: a page
 * of HTML, an SVG or a script renamed to photo.jpg is none of these.
 */
public enum FileKind {
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png"),
    PDF("application/pdf", ".pdf");

    /** A phone photo is 2–5 MB; a scanned page as PDF less. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    public static final int MAX_FILES = 6;

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The kind the content really is, or empty for anything else. */
    public static Optional<FileKind> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (u(content[0]) == 0xFF && u(content[1]) == 0xD8 && u(content[2]) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (u(content[0]) == 0x89
                && content[1] == 'P'
                && content[2] == 'N'
                && content[3] == 'G'
                && content[4] == 0x0D
                && content[5] == 0x0A
                && content[6] == 0x1A
                && content[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F' && content[4] == '-') {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
