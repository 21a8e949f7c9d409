package org.bianmin.api.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.bianmin.matter.domain.MatterStatus;

/**
 * What the API reads from the workflow: the service requests filed against the catalogue, in a shape that cannot
 * carry personal data (no applicant, no reply, no subject).
 */
public interface Open311Queries {

    /** Requests matching the search, newest first, at most {@code max}. */
    List<RequestRow> requests(RequestSearch search, int max);

    /** Requests by tracking number (unknown numbers are left out), newest first. */
    List<RequestRow> byTrackingNumbers(Collection<String> trackingNumbers);

    /** Tracking numbers of the requests filed through the API under filing keys starting {@code prefix}. */
    List<FilingKeyMatch> filedUnderPrefix(String prefix, int max);

    record RequestRow(
            String trackingNumber,
            String serviceCode,
            MatterStatus status,
            String officeName,
            String officeNameEn,
            String villageCode,
            String villageName,
            String villageNameEn,
            LocalDateTime submittedAt,
            LocalDateTime updatedAt,
            LocalDate dueDate,
            int promisedDays) {}

    record FilingKeyMatch(String filingKey, String trackingNumber) {}
}
