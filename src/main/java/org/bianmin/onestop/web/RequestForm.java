package org.bianmin.onestop.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bianmin.onestop.application.Filing;
import org.bianmin.onestop.domain.FileKind;
import org.bianmin.onestop.domain.Upload;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.Masking;
import org.bianmin.shared.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * What a person has entered on the filing screens so far, kept in the view so that going back, a wrong entry or a
 * refused file loses nothing. Its filing key is made once per form: submitting it twice files once.
 */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String filingKey = UUID.randomUUID().toString();
    private String serviceCode;
    private String name;
    private String idNumber;
    private String phone;
    private final Map<String, String> single = new HashMap<>();
    private final Map<String, Object> multiple = new HashMap<>();
    private final List<Upload> uploads = new ArrayList<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Filing filing() {
        Map<String, List<String>> answers = new HashMap<>();
        single.forEach((key, value) -> answers.put(key, value == null ? List.of() : List.of(value)));
        multiple.forEach((key, value) -> answers.put(key, values(value)));
        return new Filing(serviceCode, name, idNumber, phone, answers, uploads, locale());
    }

    /** A multiple choice arrives as an array or a list, depending on how the page bound it. */
    private static List<String> values(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Shows the problems found, each beside its field, in the page's language. */
    public boolean showErrors(Map<String, BusinessException> found) {
        errors.clear();
        found.forEach((key, e) -> errors.put(key, Messages.text(e.getMessageKey(), e.getArguments())));
        return errors.isEmpty();
    }

    public void clearError(String key) {
        errors.remove(key);
    }

    /** Shows one field's problem, or clears it: the check made as the person leaves the field. */
    public void showError(String key, BusinessException error) {
        if (error == null) {
            errors.remove(key);
        } else {
            errors.put(key, Messages.text(error.getMessageKey(), error.getArguments()));
        }
    }

    /** Takes one chosen file if its content is a photo or PDF of an allowed size; says why not otherwise. */
    public synchronized void add(UploadedFile file) {
        errors.remove("files");
        if (uploads.size() >= FileKind.MAX_FILES) {
            errors.put("files", Messages.text("onestop.error.tooManyFiles", FileKind.MAX_FILES));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            // read one byte past the limit to know it was too big without reading all of a huge file
            byte[] content = in.readNBytes(FileKind.MAX_BYTES + 1);
            uploads.add(Upload.check(content));
        } catch (BusinessException e) {
            errors.put("files", Messages.text(e.getMessageKey(), e.getArguments()));
        } catch (IOException e) {
            errors.put("files", Messages.text("onestop.error.fileRead"));
        }
    }

    public synchronized void removeUpload(int index) {
        if (index >= 0 && index < uploads.size()) {
            uploads.remove(index);
        }
    }

    public String getFilingKey() {
        return filingKey;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMaskedIdNumber() {
        return Masking.idNumber(idNumber);
    }

    public String getMaskedPhone() {
        return Masking.phone(phone);
    }

    public Map<String, String> getSingle() {
        return single;
    }

    public Map<String, Object> getMultiple() {
        return multiple;
    }

    public List<Upload> getUploads() {
        return List.copyOf(uploads);
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
