package org.bianmin.notice.application;

import java.io.Serializable;
import java.time.LocalDate;

/** What the person is told once their objection is filed: the tracking number and who answers by when. */
public record ObjectionReceipt(
        long noticeId, String trackingNumber, String officeName, LocalDate answerBy, int answerDays)
        implements Serializable {}
