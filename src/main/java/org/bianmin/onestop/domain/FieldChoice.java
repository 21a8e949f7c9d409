package org.bianmin.onestop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/** One choice of a single- or multiple-choice field: a stable key (what is stored) and its names. */
@Embeddable
public class FieldChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "choice_key", nullable = false, length = 32)
    private String key;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    protected FieldChoice() {}

    public FieldChoice(String key, String nameZh, String nameEn) {
        this.key = ServiceItem.requireCode(key, "onestop.error.choiceKey");
        this.nameZh = ServiceItem.requireText(nameZh, 100, "onestop.error.choiceName");
        this.nameEn = ServiceItem.requireText(nameEn, 150, "onestop.error.choiceName");
    }

    public String getKey() {
        return key;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return ServiceItem.english(locale) ? nameEn : nameZh;
    }
}
