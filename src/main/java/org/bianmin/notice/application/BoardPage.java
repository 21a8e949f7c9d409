package org.bianmin.notice.application;

import java.io.Serializable;
import java.util.List;

/** One page of the board, newest first, and how many notices the filter found in all. */
public record BoardPage(List<BoardRow> rows, long total, int page, int pageSize) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
