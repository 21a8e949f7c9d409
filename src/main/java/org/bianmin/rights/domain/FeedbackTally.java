package org.bianmin.rights.domain;

/**
 * How many feedback of one version share an item, town, type and state: the rows statistics are summed from.
 *
 * @param townCode null when the town is unknown (anonymous feedback given online without choosing one)
 */
public record FeedbackTally(
        long itemId,
        String townCode,
        FeedbackType type,
        boolean hidden,
        boolean answered,
        boolean adopted,
        long count) {}
