package org.bianmin.shared.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks personal data for showing where the viewer may not see it whole (public pages, lists, exports): 张*华,
 * 5109**********1234, 138****5678.
 *
 * <p>Works on raw strings as stored, valid or not, and never throws: a value that does not look like what it should
 * is masked completely rather than shown, since a malformed number is still somebody's number.
 */
public final class Masking {

    private static final String MASK = "*";
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

    /** At least 15 characters (the old 15-digit numbers are still on file), digits with perhaps a final X. */
    private static final Pattern ID_NUMBER_LIKE = Pattern.compile("\\d{14,}[\\dXx]");

    /** 11 digits or more, so keeping 7 of them still hides at least 4. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\d{11,}");

    private Masking() {}

    /**
     * A Chinese name keeps its first and last character (张*华, 欧**华; two characters keep only the first: 张*); a
     * name in other scripts keeps the first letter of each word (Z**** S**).
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        if (trimmed.codePoints().anyMatch(Masking::isHan)) {
            return chineseName(trimmed);
        }
        return Arrays.stream(WHITESPACE.split(trimmed)).map(Masking::keepFirst).collect(Collectors.joining(" "));
    }

    // Code points, not chars: some surnames and given names lie outside the Basic Multilingual Plane (e.g. 𠮷).
    private static String chineseName(String name) {
        int[] characters = name.codePoints().toArray();
        int length = characters.length;
        if (length == 1) {
            return name;
        }
        if (length == 2) {
            return Character.toString(characters[0]) + MASK;
        }
        return Character.toString(characters[0]) + MASK.repeat(length - 2) + Character.toString(characters[length - 1]);
    }

    private static String keepFirst(String word) {
        int first = word.codePointAt(0);
        return Character.toString(first) + MASK.repeat(word.codePointCount(0, word.length()) - 1);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** 5109**********1234 for an 18-character number; anything not shaped like an ID number is masked completely. */
    public static String idNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String number = WHITESPACE.matcher(raw).replaceAll("");
        if (!ID_NUMBER_LIKE.matcher(number).matches()) {
            return allMasked(number);
        }
        return keepEnds(number.toUpperCase(Locale.ROOT), 4, 4);
    }

    /** 138****5678, after dropping separators and +86; anything with fewer than 11 digits is masked completely. */
    public static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String number = PhoneNumber.withoutSeparatorsOrCountryCode(raw);
        if (!PHONE_LIKE.matcher(number).matches()) {
            return allMasked(number);
        }
        return keepEnds(number, 3, 4);
    }

    private static String keepEnds(String ascii, int head, int tail) {
        int length = ascii.length();
        return ascii.substring(0, head) + MASK.repeat(length - head - tail) + ascii.substring(length - tail);
    }

    private static String allMasked(String text) {
        return MASK.repeat(text.codePointCount(0, text.length()));
    }
}
