package org.bianmin.notice.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** One meeting as recorded: which step, who met, when, the counts and how it ended. */
public record Meeting(Step step, MeetingForm form, LocalDate date, Attendance attendance, Outcome outcome)
        implements Serializable {}
