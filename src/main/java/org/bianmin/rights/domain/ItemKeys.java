package org.bianmin.rights.domain;

import java.security.SecureRandom;

/**
 * Keys for new items: 8 characters without look-alikes (no 0/O, 1/I), random so that a key removed in one version is
 * never given to a different item later (about 10^12 values). A key appears in public addresses of an item.
 */
public final class ItemKeys {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ItemKeys() {}

    public static String next() {
        StringBuilder key = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    /** Whether a text (say, from an address) could be a key at all; anything else is looked up as nothing. */
    public static boolean plausible(String key) {
        return key != null
                && key.length() >= 1
                && key.length() <= 16
                && key.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z');
    }
}
