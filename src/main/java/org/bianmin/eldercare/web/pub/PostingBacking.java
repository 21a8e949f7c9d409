package org.bianmin.eldercare.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.bianmin.eldercare.application.PostedApplication;
import org.bianmin.eldercare.application.PostingService;
import org.bianmin.place.domain.Place;

/**
 * /public/eldercare/village/{code} (stateless): the home-care applications a village is posting now — masked name,
 * village and services only — and how to object.
 */
@Named("carePosting")
@RequestScoped
public class PostingBacking {

    @Inject
    private PostingService service;

    private String villageCode;
    private Place village;
    private List<PostedApplication> posted;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        village = service.village(villageCode).orElse(null);
        if (village == null) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
            return;
        }
        posted = service.posted(villageCode, context.getViewRoot().getLocale());
    }

    public String getVillageName() {
        if (village == null) {
            return "";
        }
        boolean en = "en"
                .equals(FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale()
                        .getLanguage());
        return en && village.getNameEn() != null ? village.getNameEn() : village.getName();
    }

    public int getPostingDays() {
        return service.postingDays();
    }

    public List<PostedApplication> getPosted() {
        return posted;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }
}
