package org.bianmin.rights.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.bianmin.rights.application.PublicList;
import org.bianmin.rights.application.RightsListService;

/** /public/rights and /kiosk/rights: the list in force, grouped by stage, with counts and answers. */
@Named("rightsList")
@RequestScoped
public class ListBacking {

    @Inject
    private RightsListService service;

    private Optional<PublicList> list;

    /** The four kinds of feedback, in the order the counts are shown. */
    public org.bianmin.rights.domain.FeedbackType[] getTypes() {
        return org.bianmin.rights.domain.FeedbackType.values();
    }

    public PublicList getList() {
        if (list == null) {
            list = service.published(
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return list.orElse(null);
    }
}
