package org.bianmin.onestop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * One answer to an extra field as it was filed: the label and the answer as the villager saw them, so a later change
 * of the catalogue does not change what was asked.
 */
@Embeddable
public class Answer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "field_key", nullable = false, length = 32)
    private String key;

    @Column(name = "label", nullable = false, length = 150)
    private String label;

    @Column(name = "answer", nullable = false, length = 1000)
    private String value;

    protected Answer() {}

    public Answer(String key, String label, String value) {
        this.key = key;
        this.label = label;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }
}
