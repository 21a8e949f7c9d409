package org.bianmin.api.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bianmin.api.application.ApiKeyService;
import org.bianmin.api.application.ApiKeyService.IssuedKey;
import org.bianmin.api.domain.ApiKey;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** /admin/apikeys: the API keys issued to outside systems; issue one (shown once) or revoke one. */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiKeyService keys;

    private List<ApiKey> all;

    private String name;

    /** The key just issued, shown once; transient so it never reaches a replicated or passivated session. */
    private transient String issuedKey;

    private String issuedFor;

    @PostConstruct
    void load() {
        all = keys.all();
    }

    public void startIssue() {
        name = null;
    }

    public void issue() {
        try {
            IssuedKey issued = keys.issue(name);
            issuedKey = issued.secret();
            issuedFor = issued.name();
            Messages.info("admin_apikeys.created", issued.name());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        load();
        PrimeFaces.current().executeScript("PF('keyDialog').hide()");
    }

    public void revoke(ApiKey key) {
        try {
            keys.revoke(key.getId(), key.getVersion());
            Messages.info("admin_apikeys.revoked", key.getName(), key.getKeyPrefix());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public void forgetIssuedKey() {
        issuedKey = null;
        issuedFor = null;
    }

    public List<ApiKey> getAll() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public int getMaxName() {
        return ApiKey.MAX_NAME;
    }
}
