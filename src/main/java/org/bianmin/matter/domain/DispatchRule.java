package org.bianmin.matter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.bianmin.place.domain.Office;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * One line of the dispatch catalogue (派单目录): matters of this type or service item, from this town or village, go
 * to this office. An empty criterion matches everything; the most specific matching rule wins.
 */
@Entity
@Table(name = "dispatch_rule")
public class DispatchRule extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", length = 32)
    private MatterType matterType;

    @Column(name = "service_code", length = 32)
    private String serviceCode;

    /** A town's or village's division code; every place whose code starts with it matches. */
    @Column(name = "place_code", length = 12)
    private String placeCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DispatchRule() {}

    public DispatchRule(MatterType matterType, String serviceCode, String placeCode, Office office) {
        change(matterType, serviceCode, placeCode, office);
    }

    public void change(MatterType newType, String newServiceCode, String newPlaceCode, Office newOffice) {
        if (newOffice == null || !newOffice.isActive()) {
            throw new BusinessException("dispatch.error.office");
        }
        String place = blankToNull(newPlaceCode);
        if (place != null && !place.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw new BusinessException("dispatch.error.placeCode");
        }
        this.matterType = newType;
        this.serviceCode = blankToNull(newServiceCode);
        this.placeCode = place;
        this.office = newOffice;
    }

    public boolean matches(MatterType type, String service, String villageCode) {
        return active
                && (matterType == null || matterType == type)
                && (serviceCode == null || serviceCode.equals(service))
                && (placeCode == null || (villageCode != null && villageCode.startsWith(placeCode)));
    }

    /**
     * How specific the rule is. A service item outranks a matter type (the item already implies its type, so naming
     * both counts as naming the item); within the same kind, a village beats a town beats the district.
     */
    public int specificity() {
        int kind = serviceCode != null ? 1000 : matterType != null ? 100 : 0;
        return kind + (placeCode == null ? 0 : placeCode.length());
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public MatterType getMatterType() {
        return matterType;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getPlaceCode() {
        return placeCode;
    }

    public Office getOffice() {
        return office;
    }

    public boolean isActive() {
        return active;
    }
}
