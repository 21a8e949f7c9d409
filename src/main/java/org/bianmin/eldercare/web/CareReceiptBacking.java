package org.bianmin.eldercare.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.bianmin.eldercare.application.CareApplicationService;
import org.bianmin.eldercare.application.CareReceipt;

/**
 * /kiosk/eldercare/receipt and /clerk/eldercare/receipt: shown once, right after filing (the tracking number comes in
 * the flash, never in the address). At the kiosk "done" ends the session.
 */
@Named("careReceipt")
@RequestScoped
public class CareReceiptBacking {

    @Inject
    private CareApplicationService service;

    private CareReceipt receipt;
    private String qrCode;

    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        Object number = context.getExternalContext().getFlash().get("careReceipt");
        receipt = service.receipt(
                        number instanceof String s ? s : null,
                        context.getViewRoot().getLocale())
                .orElse(null);
        qrCode = receipt == null ? null : service.qrCode(receipt);
    }

    public void done() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/kiosk/reset");
    }

    public CareReceipt getReceipt() {
        return receipt;
    }

    public String getQrCode() {
        return qrCode;
    }
}
