package org.bianmin.onestop.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.onestop.domain.ServiceField;
import org.bianmin.onestop.domain.ServiceItem;
import org.bianmin.onestop.domain.ServiceItemRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/**
 * The administrator's side of the catalogue (事项清单). Items are never deleted, only switched off: matters keep their
 * service code, and a switched-off item stops new filings at once, even on a form already open.
 */
@Stateless
public class CatalogueService {

    @Inject
    private ServiceItemRepository items;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    public List<ServiceItem> all() {
        return items.findAll();
    }

    public ServiceItem create(String code, ServiceItem.Details details, List<FieldDraft> fields) {
        currentUser.require(Permission.CATALOGUE_MANAGE);
        String trimmed = code == null ? null : code.strip();
        if (trimmed != null && items.findByCode(trimmed).isPresent()) {
            throw new BusinessException("onestop.error.codeTaken", trimmed);
        }
        ServiceItem item = new ServiceItem(trimmed, details);
        item.replaceFields(toFields(fields));
        items.save(item);
        audit.record(AuditAction.SERVICE_ITEM_CHANGED, "service_item", item.getId(), "created " + item.getCode());
        return item;
    }

    public void update(long id, int expectedVersion, ServiceItem.Details details, List<FieldDraft> fields) {
        currentUser.require(Permission.CATALOGUE_MANAGE);
        ServiceItem item = fresh(id, expectedVersion);
        item.change(details);
        item.replaceFields(toFields(fields));
        items.save(item);
        audit.record(AuditAction.SERVICE_ITEM_CHANGED, "service_item", id, "updated " + item.getCode());
    }

    public void setActive(long id, int expectedVersion, boolean active) {
        currentUser.require(Permission.CATALOGUE_MANAGE);
        ServiceItem item = fresh(id, expectedVersion);
        if (active) {
            item.activate();
        } else {
            item.deactivate();
        }
        items.save(item);
        audit.record(
                AuditAction.SERVICE_ITEM_CHANGED,
                "service_item",
                id,
                (active ? "activated " : "deactivated ") + item.getCode());
    }

    private static List<ServiceField> toFields(List<FieldDraft> drafts) {
        List<ServiceField> fields = new ArrayList<>();
        for (FieldDraft draft : drafts) {
            fields.add(draft.toField());
        }
        return fields;
    }

    private ServiceItem fresh(long id, int expectedVersion) {
        ServiceItem item = items.find(id).orElseThrow(NotFoundException::new);
        if (item.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return item;
    }
}
