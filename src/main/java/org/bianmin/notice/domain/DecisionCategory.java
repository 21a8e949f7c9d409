package org.bianmin.notice.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/** A kind of decision matter (村规民约, 发展规划, ...). Administrators add, rename and switch them off; never delete. */
@Entity
@Cacheable
@Table(name = "decision_category")
public class DecisionCategory extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NAME = 50;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = MAX_NAME)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected DecisionCategory() {}

    public DecisionCategory(String code, String nameZh, String nameEn, int sortOrder) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new BusinessException("notice.error.categoryCode");
        }
        this.code = code;
        this.sortOrder = sortOrder;
        rename(nameZh, nameEn);
    }

    public void rename(String zh, String en) {
        String z = zh == null ? "" : zh.strip();
        String e = en == null ? "" : en.strip();
        if (z.isEmpty() || e.isEmpty() || z.length() > MAX_NAME || e.length() > 80) {
            throw new BusinessException("notice.error.categoryName", MAX_NAME);
        }
        this.nameZh = z;
        this.nameEn = e;
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

    /** The name in the reader's language (Chinese unless English was chosen). */
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
