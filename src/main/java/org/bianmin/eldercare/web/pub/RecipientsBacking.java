package org.bianmin.eldercare.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.bianmin.eldercare.application.PublicRecipient;
import org.bianmin.eldercare.application.RecipientDisclosure;
import org.bianmin.eldercare.web.Refusals;
import org.bianmin.place.domain.Place;

/**
 * The approved home-care recipients of one village, de-identified, for the public board:
 * /public/eldercare/recipients/village/{code} ({@link RecipientsAddress} forwards it here as {@code ?village=}) or, inside another page, the include
 * {@code /WEB-INF/includes/eldercare/recipients.xhtml} with {@code villageCode}. Stateless, no session.
 */
@Named("careRecipients")
@RequestScoped
public class RecipientsBacking {

    @Inject
    private RecipientDisclosure disclosure;

    private String villageCode;
    private Optional<Place> village;
    private List<PublicRecipient> recipients;

    private String villageParam;

    /** For the page of its own: the village code from the address; an unknown village answers 404. */
    public void load() {
        if (of(villageParam).isEmpty()) {
            Refusals.notFound();
        }
    }

    public String getVillageParam() {
        return villageParam;
    }

    public void setVillageParam(String villageParam) {
        this.villageParam = villageParam;
    }

    /** The village of the list, loading it once per request. */
    public Optional<Place> of(String code) {
        if (village == null || !java.util.Objects.equals(code, villageCode)) {
            villageCode = code;
            village = disclosure.village(code);
            recipients = village.isPresent()
                    ? disclosure.recipients(
                            code,
                            FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    : List.of();
        }
        return village;
    }

    public List<PublicRecipient> recipients(String code) {
        of(code);
        return recipients;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public Place getVillage() {
        return village == null ? null : village.orElse(null);
    }
}
