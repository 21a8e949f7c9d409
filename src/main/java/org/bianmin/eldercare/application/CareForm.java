package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.eldercare.domain.LivingSituation;
import org.bianmin.eldercare.domain.Relation;

/**
 * An application as the person fills it in, screen by screen (kiosk) or at once (helper): plain text as typed, so
 * nothing is lost when something is wrong. {@link CareApplicationService} checks it.
 */
public class CareForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String elderName;
    private String idNumber;
    private String elderPhone;
    private String address;
    private List<LivingSituation> situations = new ArrayList<>();
    private boolean healthConsent;
    private String healthNotes;
    private String guardianName;
    private String guardianPhone;
    private Relation guardianRelation;
    private Relation applicantRelation;
    private String applicantName;
    private List<Long> serviceOptionIds = new ArrayList<>();
    /** only when a helper files: the village chosen is the helper's own */
    private String villageCode;

    public String getElderName() {
        return elderName;
    }

    public void setElderName(String elderName) {
        this.elderName = elderName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getElderPhone() {
        return elderPhone;
    }

    public void setElderPhone(String elderPhone) {
        this.elderPhone = elderPhone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<LivingSituation> getSituations() {
        return situations;
    }

    public void setSituations(List<LivingSituation> situations) {
        this.situations = situations == null ? new ArrayList<>() : new ArrayList<>(situations);
    }

    public boolean isHealthConsent() {
        return healthConsent;
    }

    public void setHealthConsent(boolean healthConsent) {
        this.healthConsent = healthConsent;
    }

    public String getHealthNotes() {
        return healthNotes;
    }

    public void setHealthNotes(String healthNotes) {
        this.healthNotes = healthNotes;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public void setGuardianPhone(String guardianPhone) {
        this.guardianPhone = guardianPhone;
    }

    public Relation getGuardianRelation() {
        return guardianRelation;
    }

    public void setGuardianRelation(Relation guardianRelation) {
        this.guardianRelation = guardianRelation;
    }

    public Relation getApplicantRelation() {
        return applicantRelation;
    }

    public void setApplicantRelation(Relation applicantRelation) {
        this.applicantRelation = applicantRelation;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public List<Long> getServiceOptionIds() {
        return serviceOptionIds;
    }

    public void setServiceOptionIds(List<Long> serviceOptionIds) {
        this.serviceOptionIds = serviceOptionIds == null ? new ArrayList<>() : new ArrayList<>(serviceOptionIds);
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }
}
