package org.bianmin.onestop.domain;

/** What an extra field holds; the names on the right are Open311's attribute datatypes. */
public enum FieldType {
    TEXT("string"),
    NUMBER("number"),
    DATE("datetime"),
    SINGLE_CHOICE("singlevaluelist"),
    MULTIPLE_CHOICE("multivaluelist");

    private final String open311;

    FieldType(String open311) {
        this.open311 = open311;
    }

    public String open311() {
        return open311;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
