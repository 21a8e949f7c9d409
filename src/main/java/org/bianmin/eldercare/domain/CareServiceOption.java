package org.bianmin.eldercare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A service an elder may ask for (助餐, 助洁, 助浴 …): the administrator adds, renames and switches them off; never
 * deleted, because applications, providers and plans keep pointing at them.
 */
@Entity
@Table(name = "care_service_option")
public class CareServiceOption extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CareServiceOption() {}

    public CareServiceOption(String code, String nameZh, String nameEn, int sortOrder) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new BusinessException("eldercare.error.optionCode");
        }
        this.code = c;
        rename(nameZh, nameEn);
        this.sortOrder = sortOrder;
    }

    public void rename(String zh, String en) {
        String z = zh == null ? "" : zh.strip();
        String e = en == null ? "" : en.strip();
        if (z.isEmpty() || z.length() > 50 || e.isEmpty() || e.length() > 80) {
            throw new BusinessException("eldercare.error.optionName", 50, 80);
        }
        nameZh = z;
        nameEn = e;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
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

    /** The name in the reader's language (Chinese unless English). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
