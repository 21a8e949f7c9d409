package org.bianmin.onestop.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.onestop.domain.FieldChoice;
import org.bianmin.onestop.domain.FieldType;
import org.bianmin.onestop.domain.ServiceField;
import org.bianmin.shared.domain.BusinessException;

/**
 * An extra field as an administrator edits it. Choices are typed one per line as {@code key=中文名|English name},
 * which is quicker to edit than a nested table and shows the whole list at a glance.
 */
public class FieldDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private FieldType type = FieldType.TEXT;
    private boolean required;
    private String labelZh;
    private String labelEn;
    private String helpZh;
    private String helpEn;
    private String choices;

    public static FieldDraft of(ServiceField field) {
        FieldDraft draft = new FieldDraft();
        draft.key = field.getKey();
        draft.type = field.getType();
        draft.required = field.isRequired();
        draft.labelZh = field.getLabelZh();
        draft.labelEn = field.getLabelEn();
        draft.helpZh = field.getHelpZh();
        draft.helpEn = field.getHelpEn();
        List<String> lines = new ArrayList<>();
        for (FieldChoice choice : field.getChoices()) {
            lines.add(choice.getKey() + "=" + choice.getNameZh() + "|" + choice.getNameEn());
        }
        draft.choices = String.join("\n", lines);
        return draft;
    }

    public ServiceField toField() {
        return new ServiceField(key, type, required, labelZh, labelEn, helpZh, helpEn, parseChoices());
    }

    List<FieldChoice> parseChoices() {
        List<FieldChoice> parsed = new ArrayList<>();
        if (choices == null) {
            return parsed;
        }
        int lineNumber = 0;
        for (String line : choices.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            int bar = line.indexOf('|', equals + 1);
            if (equals < 1 || bar < 0) {
                throw new BusinessException("onestop.error.choiceLine", labelZh == null ? "" : labelZh, lineNumber);
            }
            parsed.add(new FieldChoice(
                    line.substring(0, equals).strip(),
                    line.substring(equals + 1, bar).strip(),
                    line.substring(bar + 1).strip()));
        }
        return parsed;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getHelpZh() {
        return helpZh;
    }

    public void setHelpZh(String helpZh) {
        this.helpZh = helpZh;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }
}
