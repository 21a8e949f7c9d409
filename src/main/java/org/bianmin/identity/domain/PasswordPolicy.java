package org.bianmin.identity.domain;

import java.util.Locale;
import org.bianmin.shared.domain.BusinessException;

/**
 * At least 8 characters from at least 3 of the 4 classes (lower case, upper case, digits, others), at most 128, and
 * not the user name itself.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CLASSES = 3;

    private PasswordPolicy() {}

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new BusinessException("password.error.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (characterClasses(password) < MIN_CLASSES) {
            throw new BusinessException("password.error.classes", MIN_CLASSES);
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new BusinessException("password.error.containsUsername");
        }
    }

    static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
