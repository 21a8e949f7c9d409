package org.bianmin.rights.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface FeedbackRepository {

    Feedback save(Feedback feedback);

    Optional<Feedback> find(long id);

    Optional<Feedback> findByMatter(long matterId);

    List<Feedback> findAll(Collection<Long> ids);

    /** Feedback the public may see on items with this key (any version), newest first. */
    List<Feedback> visibleByKey(String itemKey, int max);

    /** Answered feedback the public may see on a version, newest answer first. */
    List<Feedback> answeredVisible(long versionId, int max);

    /** What a version's draft successor may take up: visible suggestions, objections and questions on it. */
    List<Feedback> adoptable(long versionId);

    /** The feedback a version took up, for its trace. */
    List<Feedback> adoptedIn(long versionId);

    /** Counts of one version's feedback by item, town, type and state. */
    List<FeedbackTally> tally(long versionId);

    List<Feedback> search(FeedbackFilter filter, int first, int max);

    long count(FeedbackFilter filter);
}
