package org.bianmin.onestop.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A service of the catalogue (事项清单): what villagers may ask for, what they must bring, how many working days the
 * office promises, and what extra questions it asks. Routing comes from the dispatch catalogue by the item's code.
 */
@Entity
@Table(name = "service_item")
public class ServiceItem extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,31}");
    public static final int MAX_PROMISED_DAYS = 180;
    public static final int MAX_FIELDS = 10;

    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 32)
    private ServiceCategory category;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    /** One material per line. */
    @Column(name = "materials", length = 2000)
    private String materials;

    @Column(name = "promised_days", nullable = false)
    private int promisedDays;

    @Column(name = "helper_may_file", nullable = false)
    private boolean helperMayFile;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Demo data (示例数据), shown as such to administrators; never set through the portal. */
    @Column(name = "sample", nullable = false, updatable = false)
    private boolean sample;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ServiceField> fields = new ArrayList<>();

    protected ServiceItem() {}

    public ServiceItem(String code, Details details) {
        this.code = requireCode(code, "onestop.error.code");
        change(details);
    }

    /** What an administrator edits; the code never changes once items have requests. */
    public record Details(
            String nameZh,
            String nameEn,
            ServiceCategory category,
            String description,
            List<String> materials,
            int promisedDays,
            boolean helperMayFile) {}

    public final void change(Details details) {
        if (details.category() == null) {
            throw new BusinessException("onestop.error.category");
        }
        if (details.promisedDays() < 1 || details.promisedDays() > MAX_PROMISED_DAYS) {
            throw new BusinessException("onestop.error.promisedDays", MAX_PROMISED_DAYS);
        }
        List<String> lines = details.materials() == null
                ? List.of()
                : details.materials().stream()
                        .filter(m -> m != null && !m.isBlank())
                        .map(String::strip)
                        .toList();
        String joined = String.join("\n", lines);
        if (joined.length() > 2000) {
            throw new BusinessException("onestop.error.materials", 2000);
        }
        this.nameZh = requireText(details.nameZh(), 100, "onestop.error.nameZh");
        this.nameEn = requireText(details.nameEn(), 150, "onestop.error.nameEn");
        this.category = details.category();
        this.description = requireText(details.description(), 2000, "onestop.error.description");
        this.materials = joined.isEmpty() ? null : joined;
        this.promisedDays = details.promisedDays();
        this.helperMayFile = details.helperMayFile();
    }

    /** Replaces the extra fields, in the order given; answers already filed keep their own copy of the labels. */
    public void replaceFields(List<ServiceField> newFields) {
        if (newFields.size() > MAX_FIELDS) {
            throw new BusinessException("onestop.error.tooManyFields", MAX_FIELDS);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (ServiceField field : newFields) {
            if (!keys.add(field.getKey())) {
                throw new BusinessException("onestop.error.fieldDuplicate", field.getKey());
            }
        }
        // a field keeps its row when its key stays, so the (item, key) unique constraint never sees two rows at once
        List<ServiceField> kept = new ArrayList<>();
        int order = 0;
        for (ServiceField field : newFields) {
            ServiceField target = fields.stream()
                    .filter(existing -> existing.getKey().equals(field.getKey()))
                    .findFirst()
                    .map(existing -> existing.redefine(field))
                    .orElse(field);
            target.attach(this, order++);
            kept.add(target);
        }
        fields.retainAll(kept);
        for (ServiceField field : kept) {
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        fields.sort(java.util.Comparator.comparingInt(ServiceField::getPosition));
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /**
     * Checks every extra field at once, so the page can show each problem beside its field.
     *
     * @param raw the values entered, by field key
     * @return the answers in field order (optional fields left empty are left out)
     * @throws AnswerErrors one message per field that is wrong
     */
    public List<Answer> answer(Map<String, List<String>> raw, Locale locale) {
        List<Answer> answers = new ArrayList<>();
        Map<String, BusinessException> errors = new LinkedHashMap<>();
        for (ServiceField field : fields) {
            try {
                String value = field.accept(raw.get(field.getKey()), locale);
                if (!value.isEmpty()) {
                    answers.add(new Answer(field.getKey(), field.label(locale), field.display(value, locale)));
                }
            } catch (BusinessException e) {
                errors.put(field.getKey(), e);
            }
        }
        if (!errors.isEmpty()) {
            throw new AnswerErrors(errors);
        }
        return answers;
    }

    static String requireCode(String value, String messageKey) {
        if (value == null || !CODE.matcher(value.strip()).matches()) {
            throw new BusinessException(messageKey);
        }
        return value.strip();
    }

    static String requireText(String value, int max, String messageKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new BusinessException(messageKey, max);
        }
        return text;
    }

    static String optionalText(String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new BusinessException("onestop.error.help", max);
        }
        return text.isEmpty() ? null : text;
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
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

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameZh;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getMaterials() {
        return materials == null ? List.of() : Arrays.asList(materials.split("\n"));
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public boolean isHelperMayFile() {
        return helperMayFile;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isSample() {
        return sample;
    }

    public List<ServiceField> getFields() {
        return List.copyOf(fields);
    }
}
