package org.bianmin.matter.web.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bianmin.identity.domain.UserAccount;
import org.bianmin.matter.application.ActionInput;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterAction;
import org.bianmin.place.application.OfficeService;
import org.bianmin.place.domain.Office;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * /staff/matter?id=…: one matter, the buttons the policy allows now, and one small dialog per action asking only
 * what that action needs.
 */
@Named
@ViewScoped
public class MatterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Actions whose dialog asks for a text, and whether it is required. */
    private static final Set<MatterAction> NEEDS_TEXT = Set.of(
            MatterAction.NOT_ACCEPT,
            MatterAction.REQUEST_INFORMATION,
            MatterAction.RESOLVE,
            MatterAction.RETURN,
            MatterAction.REQUEST_EXTENSION,
            MatterAction.REFUSE_EXTENSION);

    @Inject
    private MatterService matters;

    @Inject
    private OfficeService offices;

    private Long id;
    private Matter matter;
    private List<MatterAction> actions = List.of();
    private List<Matter> duplicates = List.of();
    private String revealedIdNumber;

    private MatterAction pending;
    private String text;
    private String callBack;
    private Long officeId;
    private Long assigneeId;
    private Integer days;
    private String target;

    /** Loads the matter named in the address; one outside the person's scope answers "not found". */
    public void load() throws java.io.IOException {
        try {
            matter = matters.open(id == null ? -1 : id);
        } catch (org.bianmin.shared.domain.NotFoundException e) {
            // a real 404, so a matter outside the scope looks exactly like one that does not exist
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
            return;
        }
        actions = new ArrayList<>(matters.allowedActions(matter));
        actions.sort(null);
        duplicates = matter.getStatus().isOpen() ? matters.possibleDuplicates(matter) : List.of();
    }

    public void choose(MatterAction action) {
        pending = action;
        text = null;
        officeId = null;
        assigneeId = null;
        days = null;
        target = null;
    }

    public void confirm() throws java.io.IOException {
        try {
            if (pending == MatterAction.ASSIGN) {
                matters.assign(id, matter.getVersion(), assigneeId == null ? -1 : assigneeId);
            } else {
                matters.act(
                        id,
                        matter.getVersion(),
                        pending,
                        new ActionInput(text, officeId, assigneeId, days, target, callBack));
            }
            Messages.info("staff_matter.done", Messages.text("MatterAction." + pending));
        } catch (BusinessException e) {
            Messages.error(e);
            if (!"error.stale".equals(e.getMessageKey())) {
                return; // keep the dialog open with what was typed
            }
        } catch (EJBException e) {
            if (!causedByConflict(e)) {
                throw e;
            }
            Messages.error("error.stale");
        }
        load();
        PrimeFaces.current().executeScript("PF('actionDialog').hide()");
    }

    private static boolean causedByConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    public void revealIdNumber() {
        revealedIdNumber = matters.revealIdNumber(id);
    }

    public boolean needsText() {
        return pending != null && NEEDS_TEXT.contains(pending);
    }

    public List<Office> getOfficeChoices() {
        return offices.active();
    }

    public List<UserAccount> getColleagues() {
        return matters.colleagues();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Matter getMatter() {
        return matter;
    }

    public List<MatterAction> getActions() {
        return actions;
    }

    public List<Matter> getDuplicates() {
        return duplicates;
    }

    public String getRevealedIdNumber() {
        return revealedIdNumber;
    }

    public MatterAction getPending() {
        return pending;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getCallBack() {
        return callBack;
    }

    public void setCallBack(String callBack) {
        this.callBack = callBack;
    }

    /** A rectification is resolved only with the villager's answer to the call back. */
    public boolean isNeedsCallBack() {
        return pending == MatterAction.RESOLVE
                && matter != null
                && matter.getType() == org.bianmin.matter.domain.MatterType.RECTIFICATION;
    }
}
