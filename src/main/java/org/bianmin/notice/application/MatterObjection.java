package org.bianmin.notice.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What an objection matter is about, for the staff matter page: the notice and the reason given. */
public record MatterObjection(
        long noticeId, String noticeTitle, String reason, LocalDateTime submittedAt, String publicAnswer)
        implements Serializable {}
