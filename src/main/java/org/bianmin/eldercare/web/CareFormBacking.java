package org.bianmin.eldercare.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bianmin.eldercare.application.CareApplicationService;
import org.bianmin.eldercare.application.CareForm;
import org.bianmin.eldercare.application.FormPart;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.eldercare.domain.LivingSituation;
import org.bianmin.eldercare.domain.Relation;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.Masking;

/**
 * What the kiosk and the helper's application forms share: the form, its filing key, the problems shown beside each
 * field (checked as a field is left and part by part), and the choices offered.
 */
public abstract class CareFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CareApplicationService service;

    private final CareForm form = new CareForm();
    private final String filingKey = UUID.randomUUID().toString();
    private final Map<String, String> errors = new HashMap<>();
    private transient List<CareServiceOption> options;

    /** Checks one field as the person leaves it (the key is the form property). */
    public void checkField(String key) {
        BusinessException e = service.check(form, EnumSet.of(partOf(key))).get(key);
        if (e == null) {
            errors.remove(key);
        } else {
            errors.put(key, CareMessages.text(e));
        }
    }

    private static FormPart partOf(String key) {
        return switch (key) {
            case "elderName", "idNumber", "elderPhone", "address" -> FormPart.ELDER;
            case "healthNotes" -> FormPart.SITUATION;
            case "serviceOptionIds" -> FormPart.SERVICES;
            default -> FormPart.CONTACT;
        };
    }

    /** Checks parts and shows every problem; true when there is none. */
    protected boolean checkParts(Set<FormPart> parts) {
        Map<String, BusinessException> found = service.check(form, parts);
        parts.forEach(p -> errors.keySet().removeIf(k -> partOf(k) == p));
        found.forEach((k, e) -> errors.put(k, CareMessages.text(e)));
        return found.isEmpty();
    }

    /** After a refused submit: the field the problem belongs to, if it is one of the form's. */
    protected FormPart showRefusal(BusinessException e) {
        for (FormPart part : FormPart.values()) {
            if (!checkParts(EnumSet.of(part))) {
                return part;
            }
        }
        return null;
    }

    public CareForm getForm() {
        return form;
    }

    public String getFilingKey() {
        return filingKey;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public List<CareServiceOption> getOptions() {
        if (options == null) {
            options = service.activeOptions();
        }
        return options;
    }

    public LivingSituation[] getSituations() {
        return LivingSituation.values();
    }

    public Relation[] getRelations() {
        return Relation.values();
    }

    public Locale getLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getMaskedIdNumber() {
        return Masking.idNumber(form.getIdNumber());
    }

    public String getMaskedPhone() {
        return Masking.phone(form.getElderPhone());
    }

    /** The names of the services chosen, for the review screen. */
    public List<String> getChosenServices() {
        return getOptions().stream()
                .filter(o -> form.getServiceOptionIds().contains(o.getId()))
                .map(o -> o.name(getLocale()))
                .toList();
    }

    public int getMinimumAge() {
        return service.settings().minimumAge();
    }
}
