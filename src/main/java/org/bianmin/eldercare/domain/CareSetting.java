package org.bianmin.eldercare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.bianmin.shared.domain.BaseEntity;

/** One number the administrator sets (table {@code care_setting}): see {@link CareSettings.Key}. */
@Entity
@Table(name = "care_setting")
public class CareSetting extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private CareSettings.Key code;

    @Column(name = "int_value", nullable = false)
    private int value;

    protected CareSetting() {}

    public CareSetting(CareSettings.Key code, int value) {
        this.code = code;
        change(value);
    }

    public void change(int newValue) {
        code.check(newValue);
        value = newValue;
    }

    public CareSettings.Key getCode() {
        return code;
    }

    public int getValue() {
        return value;
    }
}
