package org.bianmin.rights.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a version changed from the one before it, row by row, and how much feedback it took up.
 *
 * @param previousNumber null for a first version (everything is new)
 */
public record Changes(
        int number,
        String title,
        String changeNote,
        LocalDateTime publishedAt,
        Integer previousNumber,
        List<ChangeRow> rows,
        long changedCount,
        long adoptedCount)
        implements Serializable {}
