package org.bianmin.onestop.domain;

import java.io.Serializable;

/** What a list of a request's files shows: never the content. */
public record RequestFileInfo(long id, long requestId, String fileName, FileKind kind, int sizeBytes)
        implements Serializable {

    // JavaBean getters: Jakarta EL 5 (Faces 4.0) does not see record accessors.

    public long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getKind() {
        return kind;
    }

    public int getSizeKb() {
        return (sizeBytes + 1023) / 1024;
    }
}
