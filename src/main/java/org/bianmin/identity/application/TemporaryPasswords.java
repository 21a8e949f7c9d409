package org.bianmin.identity.application;

import java.security.SecureRandom;

/**
 * Temporary passwords for new accounts and resets: 12 characters that satisfy the password policy and avoid
 * look-alikes (0/O, 1/l/I), shown once to the administrator and changed at the first sign-in.
 */
final class TemporaryPasswords {

    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LOWER + UPPER + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String generate() {
        char[] chars = new char[12];
        chars[0] = pick(LOWER);
        chars[1] = pick(UPPER);
        chars[2] = pick(DIGITS);
        for (int i = 3; i < chars.length; i++) {
            chars[i] = pick(ALL);
        }
        for (int i = chars.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
        return new String(chars);
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
