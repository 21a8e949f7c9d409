package org.bianmin.matter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.bianmin.shared.domain.BusinessException;

/**
 * The villager a matter is for, stored once on the matter. ID number and phone are kept whole for the authorised
 * detail view and masked everywhere else; the village code places the matter in data scopes.
 */
@Embeddable
public class Applicant implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NAME = 64;

    @Column(name = "applicant_name", length = MAX_NAME)
    private String name;

    @Column(name = "applicant_id_number", length = 18)
    private String idNumber;

    @Column(name = "applicant_phone", length = 11)
    private String phone;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    protected Applicant() {}

    /**
     * @param idNumber and {@code phone} already validated and normalised by the caller (anonymous items may have
     *     neither)
     */
    public Applicant(String name, String idNumber, String phone, String villageCode) {
        String trimmed = name == null ? null : name.strip();
        if (trimmed != null && trimmed.length() > MAX_NAME) {
            throw new BusinessException("matter.error.applicantName", MAX_NAME);
        }
        if (villageCode == null || villageCode.isBlank()) {
            throw new BusinessException("matter.error.village");
        }
        this.name = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        this.idNumber = idNumber;
        this.phone = phone;
        this.villageCode = villageCode;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getVillageCode() {
        return villageCode;
    }

    /** Whether the given last four digits match this applicant's phone (the tracking page's check). */
    public boolean phoneEndsWith(String lastFour) {
        return phone != null && lastFour != null && lastFour.length() == 4 && phone.endsWith(lastFour);
    }

    @Override
    public String toString() {
        return "Applicant in " + villageCode; // never the personal data
    }
}
