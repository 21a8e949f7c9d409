package org.bianmin.rights.application;

import java.io.Serializable;
import org.bianmin.rights.domain.FeedbackType;

/** What a rights-feedback matter is about, for the matter's page: the item and what the person said. */
public record MatterFeedback(
        int versionNumber,
        String itemKey,
        int itemPosition,
        String itemTitle,
        String itemBody,
        FeedbackType type,
        String text,
        boolean hidden,
        String hiddenReason)
        implements Serializable {}
