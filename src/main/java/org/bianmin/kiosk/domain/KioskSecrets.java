package org.bianmin.kiosk.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two secrets of a kiosk and how they are kept. The enrolment code is read off the administrator's screen and
 * typed at the machine, so it is short and avoids look-alikes (no 0/O, 1/I); it works once, for a day, and guessing is
 * throttled. The device token never meets a person: 32 random bytes in a cookie. Only SHA-256 hashes of either are
 * stored, so a copy of the database enrols no machine.
 */
public final class KioskSecrets {

    /** 32 letters and digits without 0, O, 1 and I. */
    public static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static final int CODE_LENGTH = 8;
    public static final int TOKEN_BYTES = 32;

    private static final Pattern CODE = Pattern.compile("[" + CODE_ALPHABET + "]{" + CODE_LENGTH + "}");
    /** 32 bytes in unpadded base64url are 43 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private KioskSecrets() {}

    public static String newEnrolmentCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length()));
        }
        return new String(code);
    }

    public static String newDeviceToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A code as typed (any case, with spaces or hyphens between groups) in its stored form, or empty when it cannot be
     * a code at all.
     */
    public static Optional<String> normaliseCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** Whether a cookie value has the shape of a device token (checked before anything is looked up). */
    public static boolean looksLikeToken(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }

    /** SHA-256 of the secret's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    static boolean sameHash(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
