package org.bianmin.onestop.web.kiosk;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.bianmin.onestop.application.OneStopService;
import org.bianmin.onestop.application.Receipt;

/**
 * /kiosk/receipt: shown once, right after filing (the tracking number comes in the flash, never in the address). "Done"
 * ends the kiosk's session, so the next person starts with nothing of the last one.
 */
@Named("kioskReceipt")
@RequestScoped
public class ReceiptBacking {

    @Inject
    private OneStopService service;

    private Receipt receipt;
    private String qrCode;

    @PostConstruct
    void init() {
        Object number = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get("receipt");
        receipt = service.receipt(number instanceof String s ? s : null).orElse(null);
        qrCode = receipt == null ? null : service.qrCode(receipt);
    }

    public void done() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/kiosk/reset");
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public String getQrCode() {
        return qrCode;
    }
}
