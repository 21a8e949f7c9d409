package org.bianmin.rights.domain;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.PhoneNumber;

/**
 * Who gave named feedback: a name, a mobile number confirmed by a code, and the village they live in. Anonymous
 * feedback has no author at all. {@link #toString()} never shows the personal data.
 *
 * @param phone as typed; kept as the 11 digits
 */
public record Author(String name, String phone, String villageCode) implements Serializable {

    static final int MAX_NAME = 64;
    private static final Pattern VILLAGE = Pattern.compile("\\d{12}");

    public Author {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new BusinessException("rights.error.name", MAX_NAME);
        }
        name = trimmed;
        phone = PhoneNumber.parse(phone).value();
        if (villageCode == null || !VILLAGE.matcher(villageCode).matches()) {
            throw new BusinessException("rights.error.village");
        }
    }

    /** The town (镇/街道) of the village: the first nine digits of its code. */
    public String townCode() {
        return villageCode.substring(0, 9);
    }

    @Override
    public String toString() {
        return "Author in " + villageCode;
    }
}
