package org.bianmin.onestop.web.kiosk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.onestop.application.OneStopService;
import org.bianmin.onestop.application.Receipt;
import org.bianmin.onestop.domain.AnswerErrors;
import org.bianmin.onestop.domain.ServiceCategory;
import org.bianmin.onestop.domain.ServiceItem;
import org.bianmin.onestop.web.RequestForm;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * /kiosk/file: a villager files a service request in at most five screens — choose, what to bring, who you are and the
 * item's questions, photos, review — then gets the receipt. Everything entered stays in this view until it is filed
 * or the kiosk goes idle and returns home, which drops the view and with it the person's data.
 */
@Named("kioskFile")
@ViewScoped
public class FileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The five screens, in order. */
    public enum Step {
        CHOOSE,
        BRING,
        DETAILS,
        FILES,
        REVIEW
    }

    @Inject
    private OneStopService service;

    @Inject
    private KioskContext kiosk;

    private String villageName;
    private Step step = Step.CHOOSE;
    private ServiceCategory category;
    private transient List<ServiceItem> items;
    private RequestForm form = new RequestForm();

    @PostConstruct
    void init() {
        villageName = kiosk.getVillageName();
    }

    public void chooseCategory(ServiceCategory chosen) {
        category = chosen;
    }

    public void chooseItem(String code) {
        if (service.activeItem(code).isEmpty()) {
            Messages.error("onestop.error.itemGone");
            items = null;
            return;
        }
        if (!code.equals(form.getServiceCode())) {
            // another service asks other questions; the person's own details stay
            form.getSingle().clear();
            form.getMultiple().clear();
        }
        form.setServiceCode(code);
        step = Step.BRING;
    }

    public void start() {
        step = Step.DETAILS;
    }

    /** Checks one field as the person leaves it, so the message comes at once and beside it. */
    public void checkField(String key) {
        try {
            form.showError(key, service.check(form.filing(), true).get(key));
        } catch (BusinessException e) {
            itemGone(e);
        }
    }

    public void toFiles() {
        try {
            if (form.showErrors(service.check(form.filing(), true))) {
                step = Step.FILES;
            } else {
                Messages.error("onestop.error.fixFields");
            }
        } catch (BusinessException e) {
            itemGone(e);
        }
    }

    public void upload(FileUploadEvent event) {
        form.add(event.getFile());
    }

    public void removeUpload(int index) {
        form.removeUpload(index);
    }

    public void toReview() {
        form.clearError("files");
        step = Step.REVIEW;
    }

    public void back() {
        step = step == Step.CHOOSE ? Step.CHOOSE : Step.values()[step.ordinal() - 1];
    }

    /** Files the request once, however often it is sent, and shows the receipt on a fresh page. */
    public String submit() {
        try {
            Receipt receipt = service.fileAtKiosk(form.getFilingKey(), form.filing());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("receipt", receipt.trackingNumber());
            return "/kiosk/receipt?faces-redirect=true";
        } catch (AnswerErrors e) {
            form.showErrors(e.byField());
            step = Step.DETAILS;
            Messages.error("onestop.error.fixFields");
        } catch (BusinessException e) {
            if ("onestop.error.itemGone".equals(e.getMessageKey())) {
                itemGone(e);
            } else if (fieldOf(e) != null) {
                form.showErrors(Map.of(fieldOf(e), e));
                step = Step.DETAILS;
                Messages.error(e);
            } else {
                Messages.error(e); // e.g. too many files: said where the person is, nothing lost
            }
        }
        return null;
    }

    private static String fieldOf(BusinessException e) {
        String key = e.getMessageKey();
        if (key.startsWith("idNumber.")) {
            return "idNumber";
        }
        if (key.startsWith("phone.")) {
            return "phone";
        }
        return key.equals("onestop.error.nameRequired") || key.equals("matter.error.applicantName") ? "name" : null;
    }

    /** The item was switched off while the person was filling the form: say so, keep their details, start over. */
    private void itemGone(BusinessException e) {
        Messages.error(e);
        form.setServiceCode(null);
        items = null;
        step = Step.CHOOSE;
    }

    public List<ServiceCategory> getCategories() {
        return Arrays.stream(ServiceCategory.values())
                .filter(c -> getAllItems().stream().anyMatch(i -> i.getCategory() == c))
                .toList();
    }

    private List<ServiceItem> getAllItems() {
        if (items == null) {
            items = service.activeItems();
        }
        return items;
    }

    public List<ServiceItem> getItems() {
        return category == null
                ? List.of()
                : getAllItems().stream()
                        .filter(i -> i.getCategory() == category)
                        .toList();
    }

    public ServiceItem getItem() {
        return form.getServiceCode() == null
                ? null
                : getAllItems().stream()
                        .filter(i -> i.getCode().equals(form.getServiceCode()))
                        .findFirst()
                        .orElse(null);
    }

    public List<org.bianmin.onestop.domain.Answer> getReviewAnswers() {
        return step == Step.REVIEW ? service.preview(form.filing()) : List.of();
    }

    public Locale getLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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

    public ServiceCategory getCategory() {
        return category;
    }

    public RequestForm getForm() {
        return form;
    }

    public String getVillageName() {
        return villageName;
    }
}
