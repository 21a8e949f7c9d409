package org.bianmin.report.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.matter.domain.RatingLevel;
import org.bianmin.shared.domain.Masking;

/**
 * One matter as the ledger (台账) lists it. A ledger leaves the office, so it carries the applicant's name masked and
 * no ID number or phone at all: the masking happens here, whatever the caller passes, and masking a masked name
 * changes nothing.
 *
 * @param officeNameEn null when the office has no English name
 * @param applicant the applicant's name, masked (张*华)
 */
public record LedgerRow(
        String trackingNumber,
        MatterType type,
        String subject,
        String villageCode,
        String officeName,
        String officeNameEn,
        MatterStatus status,
        LocalDateTime submittedAt,
        LocalDate dueDate,
        LocalDateTime resolvedAt,
        boolean overdue,
        RatingLevel rating,
        String applicant) {

    public LedgerRow {
        applicant = Masking.name(applicant);
    }
}
