package org.bianmin.rights.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.bianmin.rights.domain.FeedbackType;

/**
 * What the person is told once their feedback is stored.
 *
 * @param trackingNumber the matter's number, for named feedback that asks for an answer; else null
 * @param answerBy the date the office promises to answer by (working days from the day given), with the number
 */
public record Submitted(
        long feedbackId,
        String itemKey,
        FeedbackType type,
        boolean named,
        String trackingNumber,
        String officeName,
        LocalDate answerBy,
        int answerDays)
        implements Serializable {}
