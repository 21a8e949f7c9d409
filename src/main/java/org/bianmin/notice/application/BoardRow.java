package org.bianmin.notice.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One notice on the board: a decision matter with at least one published disclosure. Nothing personal: the matter's
 * title and category, its village, the day its latest disclosure went up, whether objections are open and until when.
 */
public record BoardRow(
        long id,
        String title,
        String categoryZh,
        String categoryEn,
        String villageCode,
        String villageName,
        String villageNameEn,
        String townName,
        String townNameEn,
        LocalDate postedOn,
        boolean resultDisclosed,
        LocalDate objectionsUntil,
        long objections)
        implements Serializable {

    public boolean objectionsOpen() {
        return objectionsUntil != null;
    }
}
