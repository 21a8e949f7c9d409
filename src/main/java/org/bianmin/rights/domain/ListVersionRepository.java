package org.bianmin.rights.domain;

import java.util.List;
import java.util.Optional;

public interface ListVersionRepository {

    Optional<ListVersion> find(long id);

    Optional<ListVersion> findByNumber(int number);

    /** The list as published now, if any. */
    Optional<ListVersion> published();

    /** The version being written, if any (there is at most one). */
    Optional<ListVersion> draft();

    /** Every version, newest first. */
    List<ListVersion> findAll();

    /** Published and superseded versions, newest first: what the public may read. */
    List<ListVersion> findReleased();

    /** The number the next version gets. */
    int nextNumber();

    ListVersion save(ListVersion version);

    /** Writes pending changes now, so a later statement sees them (the one-published-version rule is checked per row). */
    void flush();
}
