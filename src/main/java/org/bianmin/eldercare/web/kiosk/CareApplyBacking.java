package org.bianmin.eldercare.web.kiosk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import org.bianmin.eldercare.application.CareReceipt;
import org.bianmin.eldercare.application.FormPart;
import org.bianmin.eldercare.web.CareFormBacking;
import org.bianmin.eldercare.web.CareMessages;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/**
 * /kiosk/eldercare/apply: an elder or family member applies for home care in five screens — the elder, living
 * situation and health (with its own consent), guardian and who applies, services, review. Nothing entered is lost
 * going back or on an error; the kiosk going idle drops the view and the person's data with it.
 */
@Named("kioskCare")
@ViewScoped
public class CareApplyBacking extends CareFormBacking {

    private static final long serialVersionUID = 1L;

    /** The screens, in order. */
    public enum Step {
        ELDER,
        SITUATION,
        CONTACT,
        SERVICES,
        REVIEW
    }

    @Inject
    private KioskContext kiosk;

    private String villageName;
    private Step step = Step.ELDER;

    @PostConstruct
    void init() {
        villageName = kiosk.getVillageName();
    }

    public void next() {
        FormPart part = FormPart.values()[step.ordinal()];
        if (checkParts(EnumSet.of(part))) {
            step = Step.values()[step.ordinal() + 1];
        } else {
            Messages.error("eldercare.error.fixFields");
        }
    }

    public void back() {
        step = step == Step.ELDER ? Step.ELDER : Step.values()[step.ordinal() - 1];
    }

    /** Files once, however often it is sent, and shows the receipt on a fresh page. */
    public String submit() {
        try {
            CareReceipt receipt = service.fileAtKiosk(getFilingKey(), getForm());
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .put("careReceipt", receipt.trackingNumber());
            return "/kiosk/eldercare/receipt?faces-redirect=true";
        } catch (BusinessException e) {
            FormPart part = showRefusal(e);
            if (part != null) {
                step = Step.values()[part.ordinal()];
            }
            CareMessages.error(e);
            return null;
        }
    }

    public Step getStep() {
        return step;
    }

    public int getStepNumber() {
        return step.ordinal() + 1;
    }

    public int getStepCount() {
        return Step.values().length;
    }

    public String getVillageName() {
        return villageName;
    }
}
