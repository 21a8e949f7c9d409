package org.bianmin.onestop.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.BusinessException;

/**
 * One extra question a service item asks (the same shape as an Open311 service attribute). It reads an answer as
 * people give it and turns it into the one stored form, or says plainly what is wrong.
 */
@Entity
@Table(name = "service_field")
public class ServiceField implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 200;
    /** 20 keys of at most 32 characters, joined, always fit an answer's 1,000 characters (see display). */
    public static final int MAX_CHOICES = 20;

    private static final int MAX_ANSWER = 1000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,4})?");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private ServiceItem item;

    @Column(name = "field_key", nullable = false, length = 32)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    private FieldType type;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "label_zh", nullable = false, length = 100)
    private String labelZh;

    @Column(name = "label_en", nullable = false, length = 150)
    private String labelEn;

    @Column(name = "help_zh", length = 300)
    private String helpZh;

    @Column(name = "help_en", length = 300)
    private String helpEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_field_choice", joinColumns = @JoinColumn(name = "field_id"))
    @OrderColumn(name = "position")
    private List<FieldChoice> choices = new ArrayList<>();

    protected ServiceField() {}

    public ServiceField(
            String key,
            FieldType type,
            boolean required,
            String labelZh,
            String labelEn,
            String helpZh,
            String helpEn,
            List<FieldChoice> choices) {
        if (type == null) {
            throw new BusinessException("onestop.error.fieldType");
        }
        this.key = ServiceItem.requireCode(key, "onestop.error.fieldKey");
        this.type = type;
        this.required = required;
        this.labelZh = ServiceItem.requireText(labelZh, 100, "onestop.error.fieldLabel");
        this.labelEn = ServiceItem.requireText(labelEn, 150, "onestop.error.fieldLabel");
        this.helpZh = ServiceItem.optionalText(helpZh, 300);
        this.helpEn = ServiceItem.optionalText(helpEn, 300);
        List<FieldChoice> given = choices == null ? List.of() : choices;
        if (given.size() > MAX_CHOICES) {
            throw new BusinessException("onestop.error.tooManyChoices", labelZh, MAX_CHOICES);
        }
        if (type.hasChoices() && given.size() < 2) {
            throw new BusinessException("onestop.error.choicesNeeded", labelZh);
        }
        if (!type.hasChoices() && !given.isEmpty()) {
            throw new BusinessException("onestop.error.choicesNotAllowed", labelZh);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (FieldChoice choice : given) {
            if (!keys.add(choice.getKey())) {
                throw new BusinessException("onestop.error.choiceDuplicate", choice.getKey());
            }
        }
        this.choices = new ArrayList<>(given);
    }

    /** Takes another definition of the same key (an administrator's edit). */
    ServiceField redefine(ServiceField from) {
        this.type = from.type;
        this.required = from.required;
        this.labelZh = from.labelZh;
        this.labelEn = from.labelEn;
        this.helpZh = from.helpZh;
        this.helpEn = from.helpEn;
        this.choices = new ArrayList<>(from.choices);
        return this;
    }

    void attach(ServiceItem owner, int order) {
        this.item = owner;
        this.position = order;
    }

    /**
     * Checks one answer and gives the form it is stored in: text stripped, a number in plain digits, a date as
     * yyyy-MM-dd, a choice as its key, several choices as their keys in the field's order joined by commas. An
     * optional field left empty gives {@code ""}.
     *
     * @param raw what was entered: one value, or several for a multiple choice (null or empty when nothing)
     * @throws BusinessException with the field's label as its first argument
     */
    public String accept(List<String> raw, Locale locale) {
        List<String> values = raw == null
                ? List.of()
                : raw.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList();
        String label = label(locale);
        if (values.isEmpty()) {
            if (required) {
                throw new BusinessException(
                        type.hasChoices() ? "onestop.error.answerChoose" : "onestop.error.answerRequired", label);
            }
            return "";
        }
        if (type != FieldType.MULTIPLE_CHOICE && values.size() > 1) {
            throw new BusinessException("onestop.error.answerOne", label);
        }
        String value = values.get(0);
        return switch (type) {
            case TEXT -> text(value, label);
            case NUMBER -> number(value, label);
            case DATE -> date(value, label);
            case SINGLE_CHOICE -> choice(value, label).getKey();
            case MULTIPLE_CHOICE -> choices(values, label);
        };
    }

    private static String text(String value, String label) {
        if (value.length() > MAX_TEXT) {
            throw new BusinessException("onestop.error.answerTooLong", label, MAX_TEXT);
        }
        if (CONTROL.matcher(value).find()) {
            throw new BusinessException("onestop.error.answerText", label);
        }
        return value;
    }

    private static String number(String value, String label) {
        // full-width digits from a Chinese input method are read as the digits they are
        String ascii = toAsciiDigits(value).replace("，", "").replace(",", "");
        if (!NUMBER.matcher(ascii).matches()) {
            throw new BusinessException("onestop.error.answerNumber", label);
        }
        return new BigDecimal(ascii).stripTrailingZeros().toPlainString();
    }

    private static String date(String value, String label) {
        try {
            LocalDate day = LocalDate.parse(toAsciiDigits(value));
            if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                throw new BusinessException("onestop.error.answerDate", label);
            }
            return day.toString();
        } catch (DateTimeParseException e) {
            throw new BusinessException("onestop.error.answerDate", label);
        }
    }

    private FieldChoice choice(String key, String label) {
        return choices.stream()
                .filter(c -> c.getKey().equals(key))
                .findFirst()
                .orElseThrow(() -> new BusinessException("onestop.error.answerChoice", label));
    }

    private String choices(List<String> keys, String label) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String key : keys) {
            chosen.add(choice(key, label).getKey());
        }
        return choices.stream()
                .map(FieldChoice::getKey)
                .filter(chosen::contains)
                .reduce((a, b) -> a + "," + b)
                .orElse("");
    }

    /** A stored answer as people read it: choice keys become their names. */
    public String display(String stored, Locale locale) {
        if (stored == null || stored.isEmpty() || !type.hasChoices()) {
            return stored;
        }
        List<String> names = new ArrayList<>();
        for (String key : stored.split(",")) {
            names.add(choices.stream()
                    .filter(c -> c.getKey().equals(key))
                    .map(c -> c.name(locale))
                    .findFirst()
                    .orElse(key));
        }
        String joined = String.join("、", names);
        // long choice names ticked all at once could outgrow the stored answer; the keys always fit
        return joined.length() <= MAX_ANSWER ? joined : stored;
    }

    private static String toAsciiDigits(String value) {
        StringBuilder ascii = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '－' ? '-' : c == '．' ? '.' : c);
        }
        return ascii.toString();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public FieldType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public int getPosition() {
        return position;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getHelpZh() {
        return helpZh;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public String label(Locale locale) {
        return ServiceItem.english(locale) ? labelEn : labelZh;
    }

    public String help(Locale locale) {
        return ServiceItem.english(locale) ? helpEn : helpZh;
    }

    public List<FieldChoice> getChoices() {
        return List.copyOf(choices);
    }
}
