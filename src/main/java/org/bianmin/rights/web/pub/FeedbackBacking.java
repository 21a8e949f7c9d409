package org.bianmin.rights.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.notification.application.SentCode;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.rights.application.FeedbackForm;
import org.bianmin.rights.application.FeedbackService;
import org.bianmin.rights.application.ItemPage;
import org.bianmin.rights.application.RightsListService;
import org.bianmin.rights.application.Submitted;
import org.bianmin.rights.domain.FeedbackType;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/**
 * /public/rights/feedback?item=…&type=… and /kiosk/rights/feedback: feedback on one item. The page is stateless:
 * everything the person entered travels with the form, including a key made when the form was first shown, so sending
 * the form twice stores the feedback once. At a kiosk the village is the kiosk's.
 */
@Named("rightsFeedback")
@RequestScoped
public class FeedbackBacking {

    public static final String NAMED = "NAMED";
    public static final String ANONYMOUS = "ANONYMOUS";
    private static final String FORM = "fb";

    @Inject
    private FeedbackService feedback;

    @Inject
    private RightsListService list;

    @Inject
    private KioskContext kiosk;

    private String itemKey;
    private FeedbackType initialType;
    private FeedbackType type;
    private Integer versionNumber;
    private String formKey;
    private String text;
    private String identity;
    private String name;
    private String phone;
    private String villageCode;
    private String townCode;
    private String code;

    private ItemPage item;
    private SentCode sentCode;
    private Submitted submitted;

    /** Finds the item; one that is unknown is a 404, one no longer open for feedback says so. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        item = list.item(itemKey, context.getViewRoot().getLocale()).orElse(null);
        if (item == null) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
            return;
        }
        if (versionNumber == null) {
            versionNumber = item.versionNumber();
        }
        if (!item.open() && !context.isPostback()) {
            Messages.error("rights.error.notCurrent");
        }
    }

    public void sendCode() {
        try {
            sentCode = isKioskMode() ? feedback.sendCodeAtKiosk(phone) : feedback.sendCodeOnline(phone, address());
            Messages.info("rights_feedback.codeSent", sentCode.maskedPhone());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void submit() {
        FeedbackForm form = new FeedbackForm(
                versionNumber == null ? -1 : versionNumber,
                itemKey,
                type,
                text,
                isNamed(),
                name,
                phone,
                code,
                villageCode,
                townCode);
        try {
            submitted = isKioskMode()
                    ? feedback.submitAtKiosk(formKey, form)
                    : feedback.submitOnline(formKey, form, address());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private static String address() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /**
     * Whether the person chose to give their name. While a posted form is being read, the choice is still only in the
     * request (the bean is new each request), and the named fields must exist to be read.
     */
    public boolean isNamed() {
        if (identity != null) {
            return NAMED.equals(identity);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                && NAMED.equals(
                        context.getExternalContext().getRequestParameterMap().get(FORM + ":identity"));
    }

    /**
     * Whether the page shows the item and the form. The page keeps no state, so when the form is posted its
     * components must exist while the request is read, before the item has been looked up again.
     */
    public boolean isItemShown() {
        return item != null || decodingPostback();
    }

    public boolean isFormShown() {
        return decodingPostback() || item != null && item.open() && submitted == null;
    }

    private static boolean decodingPostback() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }

    public boolean isKioskMode() {
        return kiosk.isEnrolled();
    }

    public boolean isCodesShown() {
        return feedback.codesShown();
    }

    public FeedbackType[] getTypes() {
        return FeedbackType.values();
    }

    public List<Place> getVillages() {
        return feedback.places(PlaceLevel.VILLAGE);
    }

    public List<Place> getTowns() {
        return feedback.places(PlaceLevel.TOWN);
    }

    public String getKioskVillage() {
        return kiosk.getVillageName();
    }

    public ItemPage getItem() {
        return item;
    }

    public SentCode getSentCode() {
        return sentCode;
    }

    public Submitted getSubmitted() {
        return submitted;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public FeedbackType getInitialType() {
        return initialType;
    }

    public void setInitialType(FeedbackType initialType) {
        this.initialType = initialType;
    }

    public FeedbackType getType() {
        return type != null ? type : initialType;
    }

    public void setType(FeedbackType type) {
        this.type = type;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getIdentity() {
        return identity == null ? ANONYMOUS : identity;
    }

    public void setIdentity(String identity) {
        this.identity = NAMED.equals(identity) ? NAMED : ANONYMOUS;
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

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getTownCode() {
        return townCode;
    }

    public void setTownCode(String townCode) {
        this.townCode = townCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
