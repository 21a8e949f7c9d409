package org.bianmin.kiosk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.bianmin.kiosk.application.IssuedCode;
import org.bianmin.kiosk.application.KioskService;
import org.bianmin.kiosk.application.KioskSummary;
import org.bianmin.place.application.PlaceService;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * /admin/kiosks: the village kiosks, with their status and when each was last seen; create a kiosk, give it a new
 * enrolment code (a replaced machine), revoke it. A code is shown once, here, until the administrator puts it away.
 */
@Named
@ViewScoped
public class KiosksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KioskService kiosks;

    @Inject
    private PlaceService places;

    private List<KioskSummary> all;
    private List<Place> villageChoices;

    private String name;
    private Long villageId;

    /** The enrolment code just issued, for which kiosk, and until when; shown once. */
    /** Shown once; never written to a replicated or passivated session. */
    private transient String issuedCode;

    private String issuedFor;
    private LocalDateTime issuedUntil;

    @PostConstruct
    void load() {
        all = kiosks.list();
        villageChoices = places.active(PlaceLevel.VILLAGE);
    }

    public void startCreate() {
        name = null;
        villageId = null;
    }

    public void save() {
        try {
            show(kiosks.create(name, villageId));
            Messages.info("admin_kiosks.created", name);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        all = kiosks.list();
        PrimeFaces.current().executeScript("PF('kioskDialog').hide()");
    }

    public void newCode(KioskSummary kiosk) {
        try {
            show(kiosks.issueCode(kiosk.id(), kiosk.version()));
            Messages.info("admin_kiosks.codeIssued", kiosk.name());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        all = kiosks.list();
    }

    public void revoke(KioskSummary kiosk) {
        try {
            kiosks.revoke(kiosk.id(), kiosk.version());
            Messages.info("admin_kiosks.revoked", kiosk.name());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        all = kiosks.list();
    }

    public void forgetIssuedCode() {
        issuedCode = null;
        issuedFor = null;
        issuedUntil = null;
    }

    private void show(IssuedCode issued) {
        issuedCode = issued.code();
        issuedFor = issued.kioskName();
        issuedUntil = issued.expiresAt();
    }

    public List<KioskSummary> getAll() {
        return all;
    }

    public List<Place> getVillageChoices() {
        return villageChoices;
    }

    public String getIssuedCode() {
        return issuedCode;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public LocalDateTime getIssuedUntil() {
        return issuedUntil;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }
}
