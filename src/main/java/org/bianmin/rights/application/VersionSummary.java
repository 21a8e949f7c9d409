package org.bianmin.rights.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.bianmin.rights.domain.VersionStatus;

/** One line of the office's list of versions. */
public record VersionSummary(
        long id,
        int number,
        String title,
        VersionStatus status,
        LocalDateTime publishedAt,
        LocalDateTime supersededAt,
        int items,
        long feedback)
        implements Serializable {}
