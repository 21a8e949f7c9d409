package org.bianmin.eldercare.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.bianmin.eldercare.application.PostedApplication;
import org.bianmin.eldercare.application.PostingService;
import org.bianmin.eldercare.web.CareMessages;
import org.bianmin.notification.application.SentCode;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.ClientAddress;
import org.bianmin.shared.web.Messages;

/**
 * /public/eldercare/object?id=: an objection to a posted application (stateless; everything travels with the form). The
 * objector gives a name and a phone confirmed by a code; the objection is filed as a matter routed to the town.
 */
@Named("careObjection")
@RequestScoped
public class ObjectionBacking {

    @Inject
    private PostingService service;

    private Long id;
    private String formKey;
    private String name;
    private String phone;
    private String code;
    private String text;

    private PostedApplication posted;
    private SentCode sentCode;
    private String trackingNumber;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        posted = id == null
                ? null
                : service.postedApplication(id, context.getViewRoot().getLocale())
                        .orElse(null);
        if (posted == null && !context.isPostback()) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public void sendCode() {
        try {
            sentCode = service.sendCode(phone, address());
            Messages.info("care_object.codeSent", sentCode.maskedPhone());
        } catch (BusinessException e) {
            CareMessages.error(e);
        }
    }

    public void submit() {
        try {
            trackingNumber = service.object(getFormKey(), id == null ? -1 : id, name, phone, code, text, address());
        } catch (BusinessException e) {
            CareMessages.error(e);
        }
    }

    private static String address() {
        return ClientAddress.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** Whether the form is shown; while a posted form is read it must exist before the application is looked up. */
    public boolean isFormShown() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean decoding = context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
        return decoding || posted != null && trackingNumber == null;
    }

    public boolean isCodesShown() {
        return service.codesShown();
    }

    public PostedApplication getPosted() {
        return posted;
    }

    public SentCode getSentCode() {
        return sentCode;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFormKey() {
        if (formKey == null) {
            formKey = UUID.randomUUID().toString();
        }
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = formKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
