package org.bianmin.notice.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.notice.application.NoticeBoardService;
import org.bianmin.notice.application.NoticeRef;
import org.bianmin.notice.application.ObjectionForm;
import org.bianmin.notice.application.ObjectionReceipt;
import org.bianmin.notice.application.ObjectionService;
import org.bianmin.notification.application.SentCode;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.ClientAddress;
import org.bianmin.shared.web.Messages;

/**
 * /public/notices/objection?id=… and /kiosk/objection?id=…: an objection to a notice while a disclosure is on the
 * board. Stateless like the rights feedback form: everything typed travels with the form, with a key made when the
 * form was first shown, so sending it twice files one matter. A refused objection (period over, wrong code) keeps what
 * was typed.
 */
@Named("noticeObjection")
@RequestScoped
public class ObjectionBacking {

    @Inject
    private ObjectionService objections;

    @Inject
    private KioskContext kiosk;

    private String id;
    private String formKey;
    private String name;
    private String phone;
    private String code;
    private String reason;

    private NoticeRef notice;
    private SentCode sentCode;
    private ObjectionReceipt receipt;

    /** An unknown notice is a 404; one whose period is over says so (and the form still keeps what was typed). */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (id != null && id.strip().matches("\\d{1,18}")) {
            notice = objections.notice(Long.parseLong(id.strip())).orElse(null);
        }
        if (notice == null) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
            return;
        }
        if (!isOpen() && !context.isPostback()) {
            Messages.error(
                    NoticeBoardService.today().isBefore(notice.startsOn())
                            ? "notice_objection.error.notYet"
                            : "notice_objection.error.closed",
                    NoticeBoardService.today().isBefore(notice.startsOn()) ? notice.startsOn() : notice.endsOn());
        }
    }

    /** Whether today is within the period of the disclosure the objection would be about. */
    public boolean isOpen() {
        if (notice == null) {
            return false;
        }
        java.time.LocalDate today = NoticeBoardService.today();
        return !today.isBefore(notice.startsOn()) && !today.isAfter(notice.endsOn());
    }

    public void sendCode() {
        try {
            sentCode = isKioskMode() ? objections.sendCodeAtKiosk(phone) : objections.sendCodeOnline(phone, address());
            Messages.info("notice_objection.codeSent", sentCode.maskedPhone());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void submit() {
        ObjectionForm form = new ObjectionForm(notice.decisionId(), name, phone, code, reason);
        try {
            receipt = isKioskMode()
                    ? objections.submitAtKiosk(formKey, form)
                    : objections.submitOnline(formKey, form, address());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private static String address() {
        return ClientAddress.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /**
     * Whether the form is shown. The page keeps no state: when the form is posted, its fields must exist while the
     * request is read, whatever the period says by then.
     */
    public boolean isFormShown() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean decoding = context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
        return decoding || notice != null && receipt == null && (isOpen() || context.isPostback());
    }

    public boolean isKioskMode() {
        return kiosk.isEnrolled();
    }

    public boolean isCodesShown() {
        return objections.codesShown();
    }

    public String noticeUrl() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return isKioskMode()
                ? context + "/kiosk/notice?id=" + notice.decisionId()
                : context + BoardAddresses.notice(notice.decisionId());
    }

    /**
     * Back to the notice once the objection is filed: a new address, so that a copy of the notice the browser still
     * keeps (up to its max-age) does not show the count without this objection.
     */
    public String noticeUrlAfterFiling() {
        return noticeUrl() + (isKioskMode() ? "&" : "?") + "after=" + System.currentTimeMillis() / 1000;
    }

    public NoticeRef getNotice() {
        return notice;
    }

    public SentCode getSentCode() {
        return sentCode;
    }

    public ObjectionReceipt getReceipt() {
        return receipt;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Made when the form is first shown, then carried by the form. */
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
