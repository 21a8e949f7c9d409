package org.bianmin.notice.domain;

import java.util.Optional;

/** Objections to published disclosures (see {@link Objection}). */
public interface ObjectionRepository {

    Optional<Objection> find(long id);

    Optional<Objection> findByMatter(long matterId);

    void save(Objection objection);
}
