package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.bianmin.eldercare.domain.CareProvider;
import org.bianmin.eldercare.domain.CareReview;

/** One plan for the staff page: its row, its version for the next change, its reviews and the providers it may use. */
public record PlanDetails(
        PlanRow row,
        int version,
        long providerId,
        Set<Long> serviceIds,
        List<CareReview> reviews,
        String endNote,
        Long reminderMatterId,
        List<CareProvider> providers)
        implements Serializable {}
