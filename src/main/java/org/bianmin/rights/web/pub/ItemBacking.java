package org.bianmin.rights.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.bianmin.rights.application.ItemPage;
import org.bianmin.rights.application.RightsListService;
import org.bianmin.rights.domain.FeedbackType;

/** /public/rights/item?key=… (and the kiosk's): one item with every visible feedback and answer. */
@Named("rightsItem")
@RequestScoped
public class ItemBacking {

    @Inject
    private RightsListService service;

    private String key;
    private ItemPage page;

    /** An unknown key is a real 404. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        page = service.item(key, context.getViewRoot().getLocale()).orElse(null);
        if (page == null) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public FeedbackType[] getTypes() {
        return FeedbackType.values();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public ItemPage getPage() {
        return page;
    }
}
