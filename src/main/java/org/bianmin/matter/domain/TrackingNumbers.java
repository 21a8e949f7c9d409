package org.bianmin.matter.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Tracking numbers such as {@code AJ20261129-4827-31}: district prefix, filing date, and six random digits. They
 * say nothing about the person, are easy to read out on the phone, and cannot be guessed in sequence (the tracking
 * page also wants the phone's last four digits).
 */
public final class TrackingNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,4}\\d{8}-\\d{4}-\\d{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;

    public TrackingNumbers(String prefix) {
        if (prefix == null || !prefix.matches("[A-Z]{1,4}")) {
            throw new IllegalArgumentException("tracking-number prefix must be 1 to 4 capital letters");
        }
        this.prefix = prefix;
    }

    public String next(LocalDate day) {
        int random = RANDOM.nextInt(1_000_000);
        return String.format("%s%s-%04d-%02d", prefix, day.format(DAY), random / 100, random % 100);
    }

    /** Normalises what a villager typed (spaces, lower case, missing hyphens) or returns null if it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (!compact.matches("[A-Z]{1,4}\\d{14}")) {
            return null;
        }
        int letters = compact.length() - 14;
        String candidate = compact.substring(0, letters + 8) + "-" + compact.substring(letters + 8, letters + 12) + "-"
                + compact.substring(letters + 12);
        return FORMAT.matcher(candidate).matches() ? candidate : null;
    }
}
