package org.bianmin.eldercare.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bianmin.eldercare.application.CareApplicationService;
import org.bianmin.eldercare.application.ObjectionRow;
import org.bianmin.eldercare.domain.AbilityGrade;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CarePolicy;
import org.bianmin.eldercare.domain.Eligibility;
import org.bianmin.eldercare.domain.Stage;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.web.Messages;

/**
 * /staff/eldercare/application?id= and /clerk/eldercare/application?id=: one application, its trail, and the action
 * of the current stage for the person who owns it (asked of {@link CarePolicy}; the service checks again). Health
 * notes and the full ID number are shown only on request, and each showing is audited.
 */
@Named("careCase")
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareApplicationService service;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private CareApplication application;
    private transient Eligibility eligibility;
    private List<ObjectionRow> objections;
    private List<String> services;
    private String healthNotes;
    private String idNumber;
    private boolean mayAct;
    private boolean maySendBack;
    private List<Stage> sendBackTargets;

    // inputs of the stage actions
    private LocalDate visitedOn;
    private String visitedBy;
    private String findings;
    private String note;
    private String assessorName;
    private LocalDate assessedOn;
    private Integer score;
    private AbilityGrade grade;
    private String refuseReason;
    private Stage sendBackTo;
    private String sendBackReason;

    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        if (application == null || !FacesContext.getCurrentInstance().isPostback()) {
            try {
                reload();
            } catch (NotFoundException e) {
                // a real 404: an application outside the scope looks exactly like one that does not exist
                notFound();
            } catch (org.bianmin.shared.domain.AccessDeniedException e) {
                FacesContext context = FacesContext.getCurrentInstance();
                context.getExternalContext().responseSendError(403, null);
                context.responseComplete();
            }
        }
    }

    private void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, null);
        context.responseComplete();
    }

    private void reload() {
        application = service.open(id);
        eligibility = null;
        objections = service.objections(id);
        services = service.serviceNames(application, locale());
        CarePolicy policy = service.policy();
        var user = currentUser.get().orElseThrow();
        mayAct = policy.mayAct(user, application);
        maySendBack = policy.maySendBack(user, application);
        sendBackTargets = policy.sendBackTargets(application);
        if (visitedOn == null) {
            visitedOn = LocalDate.now();
        }
        if (assessedOn == null) {
            assessedOn = LocalDate.now();
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            note = null;
            refuseReason = null;
            sendBackReason = null;
        } catch (NotFoundException e) {
            Messages.error("eldercare.error.gone");
        } catch (BusinessException e) {
            CareMessages.error(e);
        }
        try {
            reload();
        } catch (NotFoundException e) {
            application = null;
        }
    }

    public void recordHomeCheck() {
        act(
                () -> service.recordHomeCheck(id, application.getVersion(), visitedOn, visitedBy, findings),
                "care_case.doneHomeCheck");
    }

    public void verify() {
        act(() -> service.verify(id, application.getVersion(), note), "care_case.doneVerify");
    }

    public void assess() {
        act(
                () -> service.assess(id, application.getVersion(), assessorName, assessedOn, score, grade, note),
                "care_case.doneAssess");
    }

    public void approve() {
        act(() -> service.approve(id, application.getVersion(), note), "care_case.doneApprove");
    }

    public void refuse() {
        act(() -> service.refuse(id, application.getVersion(), refuseReason), "care_case.doneRefuse");
    }

    public void sendBack() {
        act(() -> service.sendBack(id, application.getVersion(), sendBackTo, sendBackReason), "care_case.doneSendBack");
    }

    public void revealHealthNotes() {
        healthNotes = service.revealHealthNotes(id);
    }

    public void revealIdNumber() {
        idNumber = service.revealIdNumber(id);
    }

    public Eligibility getEligibility() {
        if (eligibility == null && application != null) {
            eligibility = service.eligibility(application);
        }
        return eligibility;
    }

    public int getAge() {
        return application.ageOn(LocalDate.now());
    }

    public boolean isPostingNow() {
        return application != null && application.isPostedOn(LocalDate.now());
    }

    public boolean isOverdue() {
        return application != null && application.isOverdueOn(LocalDate.now());
    }

    public AbilityGrade[] getGrades() {
        return AbilityGrade.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CareApplication getApplication() {
        return application;
    }

    public List<ObjectionRow> getObjections() {
        return objections;
    }

    public String getServices() {
        return services == null ? "" : String.join("、", services);
    }

    public String getHealthNotes() {
        return healthNotes;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public boolean isMayAct() {
        return mayAct;
    }

    public boolean isMaySendBack() {
        return maySendBack;
    }

    public List<Stage> getSendBackTargets() {
        return sendBackTargets;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public void setVisitedBy(String visitedBy) {
        this.visitedBy = visitedBy;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAssessorName() {
        return assessorName;
    }

    public void setAssessorName(String assessorName) {
        this.assessorName = assessorName;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public AbilityGrade getGrade() {
        return grade;
    }

    public void setGrade(AbilityGrade grade) {
        this.grade = grade;
    }

    public String getRefuseReason() {
        return refuseReason;
    }

    public void setRefuseReason(String refuseReason) {
        this.refuseReason = refuseReason;
    }

    public Stage getSendBackTo() {
        return sendBackTo;
    }

    public void setSendBackTo(Stage sendBackTo) {
        this.sendBackTo = sendBackTo;
    }

    public String getSendBackReason() {
        return sendBackReason;
    }

    public void setSendBackReason(String sendBackReason) {
        this.sendBackReason = sendBackReason;
    }
}
