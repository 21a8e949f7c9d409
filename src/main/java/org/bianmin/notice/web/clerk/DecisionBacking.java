package org.bianmin.notice.web.clerk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bianmin.notice.application.DecisionService;
import org.bianmin.notice.application.DecisionView;
import org.bianmin.notice.domain.DecisionCategory;
import org.bianmin.notice.domain.DecisionDisclosure;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DisclosureKind;
import org.bianmin.notice.domain.MeetingForm;
import org.bianmin.notice.domain.MotionSource;
import org.bianmin.notice.domain.Outcome;
import org.bianmin.notice.web.DecisionPages;
import org.bianmin.notice.web.Explanations;
import org.bianmin.notice.web.Uploads;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.web.Messages;

/**
 * /clerk/decision?id=…: one matter on the clerk's desk — its details, the meetings so far and the form for the next
 * one, dropping it, and the two disclosures. What the form holds survives a refused save: only a successful one
 * clears it.
 */
@Named("clerkDecision")
@ViewScoped
public class DecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService service;

    private Long id;
    private DecisionView view;

    // details
    private String title;
    private Long categoryId;
    private MotionSource source;
    private String description;
    private BigDecimal estimatedFunds;
    private List<DecisionCategory> categories;

    // next meeting
    private MeetingForm form;
    private LocalDate heldOn;
    private Integer expected;
    private Integer present;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstaining;
    private Integer householdsExpected;
    private Integer householdsPresent;
    private String minutes;
    private String townOfficials;
    private final Uploads meetingFiles = new Uploads(false);

    private String dropReason;

    // disclosures
    private String resolutionBody;
    private LocalDate resolutionStart;
    private LocalDate resolutionEnd;
    private String resultBody;
    private LocalDate resultStart;
    private LocalDate resultEnd;
    private BigDecimal fundsUsed;
    private String progress;
    private LocalDate completedOn;
    private final Uploads photos = new Uploads(true);
    private final Uploads files = new Uploads(false);

    public void load() {
        if (view != null) {
            return;
        }
        try {
            reload();
        } catch (NotFoundException e) {
            DecisionPages.notFound();
            return;
        } catch (AccessDeniedException e) {
            DecisionPages.forbidden();
            return;
        }
        DecisionMatter m = view.matter();
        title = m.getTitle();
        categoryId = m.getCategory().getId();
        source = m.getMotionSource();
        description = m.getDescription();
        estimatedFunds = m.getEstimatedFunds();
        LocalDate today = DecisionService.today();
        m.disclosure(DisclosureKind.RESOLUTION)
                .ifPresentOrElse(
                        d -> {
                            resolutionBody = d.getBody();
                            resolutionStart = d.getStartsOn();
                            resolutionEnd = d.getEndsOn();
                        },
                        () -> {
                            resolutionStart = today;
                            resolutionEnd = today.plusDays(view.disclosureDays() - 1L);
                        });
        resultStart = today;
        resultEnd = today.plusDays(view.disclosureDays() - 1L);
        if (view.nextForms().size() == 1) {
            form = view.nextForms().get(0);
        }
    }

    private void reload() {
        view = service.view(id == null ? -1 : id);
    }

    private int version() {
        return view.matter().getVersion();
    }

    public void save() {
        try {
            service.edit(
                    id,
                    version(),
                    new DecisionService.MatterForm(title, categoryId, source, description, estimatedFunds));
            Messages.info("clerk_decision.saved");
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        reloadQuietly();
    }

    public void recordMeeting() {
        try {
            DecisionService.MeetingInput input = new DecisionService.MeetingInput(
                    view.nextStep(),
                    form,
                    heldOn,
                    expected,
                    present,
                    votesFor,
                    votesAgainst,
                    abstaining,
                    householdsExpected,
                    householdsPresent,
                    minutes,
                    townOfficials);
            Outcome outcome = service.recordMeeting(id, version(), input, meetingFiles.list());
            reload();
            var recorded =
                    view.matter().getMeetings().get(view.matter().getMeetings().size() - 1);
            if (outcome == Outcome.PASSED) {
                Messages.info("clerk_decision.meetingPassed", Messages.text("Step." + recorded.getStep()));
            } else {
                Messages.error("clerk_decision.meetingFailed", Explanations.of(recorded, view.rules()));
            }
            clearMeeting();
        } catch (BusinessException e) {
            DecisionPages.error(e);
            reloadQuietly();
        }
    }

    private void clearMeeting() {
        form = view.nextForms().size() == 1 ? view.nextForms().get(0) : null;
        heldOn = null;
        expected = null;
        present = null;
        votesFor = null;
        votesAgainst = null;
        abstaining = null;
        householdsExpected = null;
        householdsPresent = null;
        minutes = null;
        townOfficials = null;
        meetingFiles.clear();
    }

    public void drop() {
        try {
            service.drop(id, version(), dropReason);
            Messages.info("clerk_decision.dropped");
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        reloadQuietly();
    }

    public void submitResolution() {
        try {
            boolean published = service.submitResolution(id, version(), resolutionBody, resolutionStart, resolutionEnd);
            Messages.info(published ? "clerk_decision.resolutionPublished" : "clerk_decision.resolutionToReview");
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        reloadQuietly();
    }

    public void publishResult() {
        try {
            service.publishResult(
                    id,
                    version(),
                    new DecisionService.ResultForm(
                            resultBody, resultStart, resultEnd, fundsUsed, progress, completedOn),
                    photos.list());
            Messages.info("clerk_decision.resultPublished");
            photos.clear();
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        reloadQuietly();
    }

    public void addFiles() {
        try {
            service.addFiles(id, files.list());
            Messages.info("clerk_decision.filesAdded", files.list().size());
            files.clear();
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        reloadQuietly();
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
    }

    /** Why a failed meeting failed, in words, for the table of meetings. */
    public String explain(org.bianmin.notice.domain.DecisionMeeting meeting) {
        return meeting.getOutcome() == Outcome.PASSED ? "" : Explanations.of(meeting, view.rules());
    }

    public DecisionDisclosure getResolution() {
        return view.matter().disclosure(DisclosureKind.RESOLUTION).orElse(null);
    }

    public DecisionDisclosure getResult() {
        return view.matter().disclosure(DisclosureKind.RESULT).orElse(null);
    }

    public List<DecisionCategory> getCategories() {
        if (categories == null) {
            categories = service.activeCategories();
            DecisionCategory current = view == null ? null : view.matter().getCategory();
            if (current != null && categories.stream().noneMatch(c -> c.getId().equals(current.getId()))) {
                categories = new java.util.ArrayList<>(categories);
                categories.add(current);
            }
        }
        return categories;
    }

    public MotionSource[] getSources() {
        return MotionSource.values();
    }

    public boolean isAssembly() {
        return form == MeetingForm.VILLAGERS_ASSEMBLY;
    }

    public DecisionView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public MotionSource getSource() {
        return source;
    }

    public void setSource(MotionSource source) {
        this.source = source;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getEstimatedFunds() {
        return estimatedFunds;
    }

    public void setEstimatedFunds(BigDecimal estimatedFunds) {
        this.estimatedFunds = estimatedFunds;
    }

    public MeetingForm getForm() {
        return form;
    }

    public void setForm(MeetingForm form) {
        this.form = form;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getExpected() {
        return expected;
    }

    public void setExpected(Integer expected) {
        this.expected = expected;
    }

    public Integer getPresent() {
        return present;
    }

    public void setPresent(Integer present) {
        this.present = present;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getAbstaining() {
        return abstaining;
    }

    public void setAbstaining(Integer abstaining) {
        this.abstaining = abstaining;
    }

    public Integer getHouseholdsExpected() {
        return householdsExpected;
    }

    public void setHouseholdsExpected(Integer householdsExpected) {
        this.householdsExpected = householdsExpected;
    }

    public Integer getHouseholdsPresent() {
        return householdsPresent;
    }

    public void setHouseholdsPresent(Integer householdsPresent) {
        this.householdsPresent = householdsPresent;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getTownOfficials() {
        return townOfficials;
    }

    public void setTownOfficials(String townOfficials) {
        this.townOfficials = townOfficials;
    }

    public Uploads getMeetingFiles() {
        return meetingFiles;
    }

    public String getDropReason() {
        return dropReason;
    }

    public void setDropReason(String dropReason) {
        this.dropReason = dropReason;
    }

    public String getResolutionBody() {
        return resolutionBody;
    }

    public void setResolutionBody(String resolutionBody) {
        this.resolutionBody = resolutionBody;
    }

    public LocalDate getResolutionStart() {
        return resolutionStart;
    }

    public void setResolutionStart(LocalDate resolutionStart) {
        this.resolutionStart = resolutionStart;
    }

    public LocalDate getResolutionEnd() {
        return resolutionEnd;
    }

    public void setResolutionEnd(LocalDate resolutionEnd) {
        this.resolutionEnd = resolutionEnd;
    }

    public String getResultBody() {
        return resultBody;
    }

    public void setResultBody(String resultBody) {
        this.resultBody = resultBody;
    }

    public LocalDate getResultStart() {
        return resultStart;
    }

    public void setResultStart(LocalDate resultStart) {
        this.resultStart = resultStart;
    }

    public LocalDate getResultEnd() {
        return resultEnd;
    }

    public void setResultEnd(LocalDate resultEnd) {
        this.resultEnd = resultEnd;
    }

    public BigDecimal getFundsUsed() {
        return fundsUsed;
    }

    public void setFundsUsed(BigDecimal fundsUsed) {
        this.fundsUsed = fundsUsed;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public Uploads getPhotos() {
        return photos;
    }

    public Uploads getFiles() {
        return files;
    }
}
