package org.bianmin.kiosk.web.kiosk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bianmin.kiosk.application.Enrolment;
import org.bianmin.kiosk.application.KioskService;
import org.bianmin.kiosk.web.KioskCookie;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/**
 * /kiosk/enrol: where a browser that is not a kiosk is sent. Someone setting up a kiosk types the administrator's
 * enrolment code; the browser gets the device token in its cookie and goes to the kiosk home. Stateless.
 */
@Named
@RequestScoped
public class EnrolBacking {

    @Inject
    private KioskService kiosks;

    private String code;

    public void enrol() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Enrolment enrolment;
        try {
            enrolment = kiosks.enrol(code, org.bianmin.shared.web.ClientAddress.of(request));
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        } finally {
            code = null;
        }
        KioskCookie.write(request, response, enrolment.token());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", external.getRequestContextPath() + "/kiosk/");
        faces.responseComplete();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
