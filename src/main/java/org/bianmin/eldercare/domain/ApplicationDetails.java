package org.bianmin.eldercare.domain;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.IdNumber;

/**
 * What an application says, checked: the elder (name, ID number, phone, village, address), the living situations,
 * health notes (only with consent), the guardian or contact, who applies and the services wanted.
 */
public record ApplicationDetails(
        String elderName,
        IdNumber idNumber,
        String elderPhone,
        String villageCode,
        String address,
        Set<LivingSituation> situations,
        String healthNotes,
        String guardianName,
        String guardianPhone,
        String guardianRelation,
        String applicantName,
        String applicantRelation,
        Set<Long> serviceOptionIds)
        implements Serializable {

    public static final int MAX_NAME = 64;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_RELATION = 32;
    public static final int MAX_HEALTH = 1000;

    public ApplicationDetails {
        elderName = required(elderName, MAX_NAME, "eldercare.error.elderName");
        if (idNumber == null) {
            throw new BusinessException("eldercare.error.idNumber");
        }
        if (villageCode == null || villageCode.isBlank()) {
            throw new BusinessException("eldercare.error.village");
        }
        address = required(address, MAX_ADDRESS, "eldercare.error.address");
        situations = situations == null || situations.isEmpty()
                ? EnumSet.noneOf(LivingSituation.class)
                : EnumSet.copyOf(situations);
        healthNotes = optional(healthNotes, MAX_HEALTH, "eldercare.error.healthTooLong");
        guardianName = optional(guardianName, MAX_NAME, "eldercare.error.guardianName");
        guardianRelation = optional(guardianRelation, MAX_RELATION, "eldercare.error.relation");
        if (guardianName != null && guardianPhone == null) {
            throw new BusinessException("eldercare.error.guardianPhone");
        }
        applicantName = required(applicantName, MAX_NAME, "eldercare.error.applicantName");
        applicantRelation = required(applicantRelation, MAX_RELATION, "eldercare.error.relation");
        if (serviceOptionIds == null || serviceOptionIds.isEmpty()) {
            throw new BusinessException("eldercare.error.services");
        }
        serviceOptionIds = Set.copyOf(new LinkedHashSet<>(serviceOptionIds));
    }

    private static String required(String text, int max, String key) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new BusinessException(key, max);
        }
        return t;
    }

    private static String optional(String text, int max, String key) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new BusinessException(key, max);
        }
        return t.isEmpty() ? null : t;
    }
}
