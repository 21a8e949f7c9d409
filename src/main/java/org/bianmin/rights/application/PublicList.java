package org.bianmin.rights.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.bianmin.rights.domain.FeedbackFigures;

/**
 * The published list as the public and the kiosk read it, grouped by stage.
 *
 * @param previousNumber the version it replaced, if any (the page links to what changed)
 */
public record PublicList(
        int number,
        String title,
        String changeNote,
        LocalDateTime publishedAt,
        Integer previousNumber,
        List<StageGroup> stages,
        FeedbackFigures total,
        int itemCount)
        implements Serializable {}
