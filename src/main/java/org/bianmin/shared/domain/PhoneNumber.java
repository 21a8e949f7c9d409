package org.bianmin.shared.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A mainland mobile number (手机号码): 11 digits starting 13 to 19. Landlines are not accepted: the portal sends SMS to
 * this number.
 *
 * <p>The canonical constructor validates too, so no invalid instance can exist, not even one read back from a
 * serialised session. {@link #toString()} gives the masked form so that the full number never reaches a log by
 * accident.
 *
 * @param value the 11 digits, without separators or country code
 */
public record PhoneNumber(String value) implements Serializable {

    /** {@code \d} matches ASCII digits only here (no UNICODE_CHARACTER_SET), as it should. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /** Spaces (including the full-width one a Chinese input method types) and hyphens people group digits with. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000-]");

    public PhoneNumber {
        value = validated(value);
    }

    /**
     * Reads a number as people write it: "138 1234 5678", "138-1234-5678", "+86 138 1234 5678" and "8613812345678"
     * all give 13812345678.
     *
     * @throws BusinessException phone.error.format
     */
    public static PhoneNumber parse(String raw) {
        return new PhoneNumber(raw);
    }

    private static String validated(String raw) {
        String number = withoutSeparatorsOrCountryCode(raw);
        if (!MOBILE.matcher(number).matches()) {
            throw new BusinessException("phone.error.format");
        }
        return number;
    }

    /**
     * The digits left once separators and a leading +86 or 86 are gone; not necessarily a valid number. Shared with
     * {@link Masking#phone(String)} so a stored number is masked the way it would have been read.
     */
    static String withoutSeparatorsOrCountryCode(String raw) {
        if (raw == null) {
            return "";
        }
        String number = SEPARATORS.matcher(raw).replaceAll("");
        if (number.startsWith("+86")) {
            return number.substring(3);
        }
        // A mobile number itself always starts with 1, so a leading 86 can only be the country code.
        if (number.startsWith("86")) {
            return number.substring(2);
        }
        return number;
    }

    /** What an SMS or a phone call may say to tell the resident which number is meant ("尾号5678"). */
    public String lastFour() {
        return value.substring(7);
    }

    /** E.g. 138****5678. */
    public String masked() {
        return Masking.phone(value);
    }

    /** For pages: Jakarta EL 5 does not see record accessors. There is deliberately no getValue(). */
    public String getMasked() {
        return masked();
    }

    @Override
    public String toString() {
        return masked();
    }
}
