package org.bianmin.identity.domain;

import java.time.LocalDateTime;
import java.util.List;

public interface AuditRepository {

    void append(AuditEntry entry);

    /** Newest first; every filter may be null. */
    List<AuditEntry> search(AuditQuery query, int first, int max);

    long count(AuditQuery query);

    record AuditQuery(
            String actorName,
            String action,
            String objectType,
            String objectId,
            LocalDateTime from,
            LocalDateTime to) {}
}
