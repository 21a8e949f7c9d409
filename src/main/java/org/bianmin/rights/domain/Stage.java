package org.bianmin.rights.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A stage of rural construction that groups the list's items (规划, 建设, 管护, 监督, 其他). Stages are data the owning
 * office edits: renamed, reordered, added, or switched off once no item of a new version needs them.
 */
@Entity
@Table(name = "rights_stage")
public class Stage extends BaseEntity {

    private static final long serialVersionUID = 1L;
    static final int MAX_NAME_ZH = 50;
    static final int MAX_NAME_EN = 80;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    @Column(name = "code", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = MAX_NAME_ZH)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = MAX_NAME_EN)
    private String nameEn;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Stage() {}

    /** @param code upper-case letters, digits and underscores, e.g. {@code PLANNING}; never changes */
    public Stage(String code, String nameZh, String nameEn, int position) {
        String trimmed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(trimmed).matches()) {
            throw new BusinessException("rights.error.stageCode");
        }
        this.code = trimmed;
        this.position = position;
        rename(nameZh, nameEn);
    }

    public void rename(String newNameZh, String newNameEn) {
        this.nameZh = required(newNameZh, MAX_NAME_ZH);
        this.nameEn = required(newNameEn, MAX_NAME_EN);
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    private static String required(String name, int max) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new BusinessException("rights.error.stageName", max);
        }
        return trimmed;
    }

    /** The name in the reader's language (Chinese unless the page is in English). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return "Stage " + code;
    }
}
