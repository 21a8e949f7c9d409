package org.bianmin.eldercare.web.clerk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import org.bianmin.eldercare.application.CareReceipt;
import org.bianmin.eldercare.application.FormPart;
import org.bianmin.eldercare.web.CareFormBacking;
import org.bianmin.eldercare.web.CareMessages;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** /clerk/eldercare/apply: a helper (代办员) files a home-care application for an elder of their village, on one page. */
@Named("clerkCare")
@ViewScoped
public class CareOnBehalfBacking extends CareFormBacking {

    private static final long serialVersionUID = 1L;

    public String submit() {
        if (!checkParts(EnumSet.allOf(FormPart.class))) {
            Messages.error("eldercare.error.fixFields");
            return null;
        }
        try {
            CareReceipt receipt = service.fileOnBehalf(getFilingKey(), getForm());
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .put("careReceipt", receipt.trackingNumber());
            return "/clerk/eldercare/receipt?faces-redirect=true";
        } catch (BusinessException e) {
            showRefusal(e);
            CareMessages.error(e);
            return null;
        }
    }
}
