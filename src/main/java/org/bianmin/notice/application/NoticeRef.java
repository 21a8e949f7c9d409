package org.bianmin.notice.application;

import java.time.LocalDate;

/**
 * What an objection needs to know about the notice it is about: the matter, its village (which decides the town office
 * the objection goes to), and the published disclosure open today, if any, with its period.
 */
public record NoticeRef(
        long decisionId,
        String title,
        String villageCode,
        Long disclosureId,
        String disclosureKind,
        LocalDate startsOn,
        LocalDate endsOn) {}
