package org.bianmin.eldercare.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A home-care provider (居家养老服务机构) the district buys services from: which services it offers (from the
 * administrator's list of care services) and where it works, as whole towns and single villages. Providers are never
 * deleted, since plans refer to them; a provider switched off takes no new plans.
 */
@Entity
@Table(name = "care_provider")
public class CareProvider extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NAME = 100;
    public static final int MAX_CONTACT = 64;
    public static final int MAX_NOTE = 500;
    /** A town's code has 9 digits, a village's 12 (统计用区划代码). */
    private static final Pattern AREA_CODE = Pattern.compile("\\d{9}|\\d{12}");

    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 -]{5,18}[0-9]");

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "contact_person", nullable = false, length = MAX_CONTACT)
    private String contactPerson;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Ids of {@code care_service_option} rows. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_provider_service", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "option_id", nullable = false)
    private Set<Long> serviceIds = new LinkedHashSet<>();

    /** Division codes of the towns (every village in them) and villages served. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_provider_area", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "place_code", nullable = false, length = 12)
    private Set<String> areaCodes = new LinkedHashSet<>();

    protected CareProvider() {}

    public CareProvider(Details details) {
        change(details);
    }

    /** What an administrator edits. */
    public record Details(
            String name,
            String contactPerson,
            String contactPhone,
            String note,
            Collection<Long> serviceIds,
            Collection<String> areaCodes) {}

    public final void change(Details details) {
        this.name = requireText(details.name(), MAX_NAME, "eldercare.provider.error.name");
        this.contactPerson = requireText(details.contactPerson(), MAX_CONTACT, "eldercare.provider.error.contact");
        String phone =
                details.contactPhone() == null ? "" : details.contactPhone().strip();
        if (!PHONE.matcher(phone).matches()) {
            throw new BusinessException("eldercare.provider.error.phone");
        }
        this.contactPhone = phone;
        String text = details.note() == null ? "" : details.note().strip();
        if (text.length() > MAX_NOTE) {
            throw new BusinessException("eldercare.provider.error.note", MAX_NOTE);
        }
        this.note = text.isEmpty() ? null : text;
        if (details.serviceIds() == null || details.serviceIds().isEmpty()) {
            throw new BusinessException("eldercare.provider.error.services");
        }
        if (details.areaCodes() == null || details.areaCodes().isEmpty()) {
            throw new BusinessException("eldercare.provider.error.area");
        }
        for (String code : details.areaCodes()) {
            if (code == null || !AREA_CODE.matcher(code).matches()) {
                throw new BusinessException("eldercare.provider.error.area");
            }
        }
        serviceIds.clear();
        serviceIds.addAll(details.serviceIds());
        areaCodes.clear();
        areaCodes.addAll(new TreeSet<>(details.areaCodes()));
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    /** Whether the provider works in this village: the village itself or its whole town is in its area. */
    public boolean serves(String villageCode) {
        return villageCode != null && areaCodes.stream().anyMatch(villageCode::startsWith);
    }

    public boolean offers(long serviceId) {
        return serviceIds.contains(serviceId);
    }

    /**
     * Refuses a provider a new or changed plan could not use: switched off, not working in the village, or not
     * offering one of the services.
     */
    public void checkCanServe(String villageCode, Collection<Long> services) {
        if (!active) {
            throw new BusinessException("eldercare.plan.error.providerInactive", name);
        }
        if (!serves(villageCode)) {
            throw new BusinessException("eldercare.plan.error.providerArea", name);
        }
        for (Long service : services) {
            if (service == null || !offers(service)) {
                throw new BusinessException("eldercare.plan.error.providerService", name);
            }
        }
    }

    private static String requireText(String value, int max, String key) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new BusinessException(key, max);
        }
        return text;
    }

    public String getName() {
        return name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getNote() {
        return note;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }

    public Set<String> getAreaCodes() {
        return new TreeSet<>(areaCodes);
    }

    @Override
    public String toString() {
        return "CareProvider " + getId();
    }
}
