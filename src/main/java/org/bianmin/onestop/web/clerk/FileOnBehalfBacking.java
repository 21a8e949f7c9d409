package org.bianmin.onestop.web.clerk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.bianmin.onestop.application.OneStopService;
import org.bianmin.onestop.application.Receipt;
import org.bianmin.onestop.domain.AnswerErrors;
import org.bianmin.onestop.domain.ConsentMethod;
import org.bianmin.onestop.domain.ServiceItem;
import org.bianmin.onestop.domain.ServiceRequest;
import org.bianmin.onestop.web.RequestForm;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * /clerk/file: 帮办代办 — a helper files a request for a villager who is present, with the villager's consent. One
 * page: the helper is trained, the villager watches; the same checks as at the kiosk.
 */
@Named("onBehalf")
@ViewScoped
public class FileOnBehalfBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OneStopService service;

    private transient List<ServiceItem> items;
    private final RequestForm form = new RequestForm();
    private String consentBy;
    private ConsentMethod consentMethod;

    public void itemChanged() {
        form.getSingle().clear();
        form.getMultiple().clear();
        form.getErrors().clear();
    }

    public void checkField(String key) {
        if (form.getServiceCode() == null) {
            return;
        }
        try {
            form.showError(key, service.check(form.filing(), true).get(key));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void upload(FileUploadEvent event) {
        form.add(event.getFile());
    }

    public void removeUpload(int index) {
        form.removeUpload(index);
    }

    public String submit() {
        try {
            if (form.getServiceCode() == null) {
                Messages.errorOn("f:item", "onestop.error.chooseItem");
                return null;
            }
            if (!form.showErrors(service.check(form.filing(), true))) {
                Messages.error("onestop.error.fixFields");
                return null;
            }
            Receipt receipt = service.fileOnBehalf(
                    form.getFilingKey(), form.filing(), new ServiceRequest.Consent(consentBy, consentMethod));
            Messages.info("clerk_file.filed", receipt.trackingNumber(), receipt.officeName(), receipt.dueDate());
            Messages.keepForRedirect();
            return "/clerk/requests?faces-redirect=true";
        } catch (AnswerErrors e) {
            form.showErrors(e.byField());
            Messages.error("onestop.error.fixFields");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return null;
    }

    public List<ServiceItem> getItems() {
        if (items == null) {
            items = service.itemsForHelpers();
        }
        return items;
    }

    public ServiceItem getItem() {
        return form.getServiceCode() == null
                ? null
                : getItems().stream()
                        .filter(i -> i.getCode().equals(form.getServiceCode()))
                        .findFirst()
                        .orElse(null);
    }

    public Locale getLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public RequestForm getForm() {
        return form;
    }

    public ConsentMethod[] getConsentMethods() {
        return ConsentMethod.values();
    }

    public String getConsentBy() {
        return consentBy;
    }

    public void setConsentBy(String consentBy) {
        this.consentBy = consentBy;
    }

    public ConsentMethod getConsentMethod() {
        return consentMethod;
    }

    public void setConsentMethod(ConsentMethod consentMethod) {
        this.consentMethod = consentMethod;
    }
}
