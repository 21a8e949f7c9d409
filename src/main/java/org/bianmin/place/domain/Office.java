package org.bianmin.place.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * An office that receives routed work: a town's convenience service centre or a district department. Its place is
 * its data scope (a town centre sees its town); its supervisor receives its overdue work (督办).
 */
@Entity
@Table(name = "office")
public class Office extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    @Column(name = "code", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = Place.MAX_NAME)
    private String name;

    @Column(name = "name_en", length = Place.MAX_NAME)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private OfficeKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id", nullable = false)
    private Place place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Office supervisor;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    protected Office() {}

    public Office(String code, String name, String nameEn, OfficeKind kind, Place place) {
        String upper = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw new BusinessException("office.error.code");
        }
        this.code = upper;
        rename(name, nameEn);
        moveTo(kind, place);
    }

    public void rename(String newName, String newNameEn) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > Place.MAX_NAME) {
            throw new BusinessException("office.error.name", Place.MAX_NAME);
        }
        String trimmedEn = newNameEn == null || newNameEn.isBlank() ? null : newNameEn.strip();
        if (trimmedEn != null && trimmedEn.length() > Place.MAX_NAME) {
            throw new BusinessException("office.error.name", Place.MAX_NAME);
        }
        this.name = trimmed;
        this.nameEn = trimmedEn;
    }

    /** Sets what the office is and the place it serves; the place's level must fit the kind. */
    public void moveTo(OfficeKind newKind, Place newPlace) {
        if (newKind == null) {
            throw new BusinessException("office.error.kind");
        }
        if (newPlace == null || newPlace.getLevel() != newKind.scopeLevel()) {
            throw new BusinessException("office.error.placeLevel");
        }
        if (!newPlace.isActive()) {
            throw new BusinessException("office.error.placeInactive");
        }
        this.kind = newKind;
        this.place = newPlace;
    }

    /** Sets the supervising office; refuses itself and any chain that would come back here. */
    public void supervisedBy(Office newSupervisor) {
        Set<Office> seen = new HashSet<>();
        seen.add(this);
        for (Office step = newSupervisor; step != null; step = step.supervisor) {
            if (!seen.add(step)) {
                throw new BusinessException("office.error.supervisorCycle");
            }
        }
        if (newSupervisor != null && !newSupervisor.active) {
            throw new BusinessException("office.error.supervisorInactive");
        }
        this.supervisor = newSupervisor;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        if (!place.isActive()) {
            throw new BusinessException("office.error.placeInactive");
        }
        active = true;
    }

    public void markSample() {
        sample = true;
    }

    /** Whether a place lies inside this office's scope. */
    public boolean serves(Place other) {
        return place.contains(other);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public OfficeKind getKind() {
        return kind;
    }

    public Place getPlace() {
        return place;
    }

    public Office getSupervisor() {
        return supervisor;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isSample() {
        return sample;
    }

    @Override
    public String toString() {
        return "Office " + code;
    }
}
