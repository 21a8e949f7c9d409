package org.bianmin.notice.application;

import java.io.Serializable;

/** A town or village as the board's filter offers it. */
public record BoardPlace(String code, String name, String nameEn) implements Serializable {

    /** The town a village belongs to (its code's first 9 digits); a town's own code. */
    public String townCode() {
        return code.length() > 9 ? code.substring(0, 9) : code;
    }
}
