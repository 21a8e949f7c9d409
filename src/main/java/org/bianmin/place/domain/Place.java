package org.bianmin.place.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A district, town or village, identified by its division code. Places are never deleted, since matters, offices and
 * people refer to them: they are deactivated.
 */
@Entity
@Table(name = "place")
public class Place extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    static final int MAX_NAME = 100;

    @Column(name = "code", nullable = false, updatable = false, length = 12)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "name_en", length = MAX_NAME)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, updatable = false)
    private PlaceLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Place parent;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    protected Place() {}

    private Place(String code, String name, String nameEn, PlaceLevel level, Place parent) {
        this.code = code;
        this.level = level;
        this.parent = parent;
        rename(name, nameEn);
    }

    public static Place district(String code, String name, String nameEn) {
        checkCode(code, PlaceLevel.DISTRICT, null);
        return new Place(code, name, nameEn, PlaceLevel.DISTRICT, null);
    }

    /** A town or village under {@code parent}; the level follows from the parent's. */
    public static Place under(Place parent, String code, String name, String nameEn) {
        if (parent == null || parent.level.childLevel() == null) {
            throw new BusinessException("place.error.parentLevel");
        }
        if (!parent.active) {
            throw new BusinessException("place.error.parentInactive");
        }
        PlaceLevel level = parent.level.childLevel();
        checkCode(code, level, parent);
        return new Place(code, name, nameEn, level, parent);
    }

    private static void checkCode(String code, PlaceLevel level, Place parent) {
        if (code == null
                || code.length() != level.codeLength()
                || !DIGITS.matcher(code).matches()) {
            throw new BusinessException("place.error.codePattern", level.codeLength());
        }
        if (parent != null && !code.startsWith(parent.code)) {
            throw new BusinessException("place.error.codePrefix", parent.code);
        }
    }

    public void rename(String newName, String newNameEn) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new BusinessException("place.error.name", MAX_NAME);
        }
        String trimmedEn = newNameEn == null || newNameEn.isBlank() ? null : newNameEn.strip();
        if (trimmedEn != null && trimmedEn.length() > MAX_NAME) {
            throw new BusinessException("place.error.name", MAX_NAME);
        }
        this.name = trimmed;
        this.nameEn = trimmedEn;
    }

    /**
     * @param activeChildren how many active places hang under this one: a town with active villages stays active,
     *     or the villages would be orphaned in every picker.
     */
    public void deactivate(long activeChildren) {
        if (activeChildren > 0) {
            throw new BusinessException("place.error.activeChildren", activeChildren);
        }
        active = false;
    }

    public void activate() {
        if (parent != null && !parent.active) {
            throw new BusinessException("place.error.parentInactive");
        }
        active = true;
    }

    public void markSample() {
        sample = true;
    }

    /** Whether {@code other} is this place or lies beneath it. */
    public boolean contains(Place other) {
        return other != null && other.code.startsWith(code);
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

    public PlaceLevel getLevel() {
        return level;
    }

    public Place getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isSample() {
        return sample;
    }

    @Override
    public String toString() {
        return level + " " + code;
    }
}
