package org.bianmin.api.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What an API key looks like: 32 random bytes in URL-safe Base64 without padding (43 characters), so it survives a
 * form field, a query string and a shell unquoted. Keys are stored as their SHA-256: a key carries 256 random bits, so
 * a fast hash is enough (a slow password hash would only make every API call slow).
 */
public final class ApiKeySecrets {

    public static final int BYTES = 32;
    public static final int LENGTH = 43;
    /** The first characters of a key, shown to administrators so they can tell keys apart. */
    public static final int PREFIX_LENGTH = 8;

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code key} could be a key at all; anything else is refused before the database is asked. */
    public static boolean wellFormed(String key) {
        return key != null && FORMAT.matcher(key).matches();
    }

    /** The SHA-256 of the key, 64 lower-case hex digits: what the database holds. */
    public static String hash(String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String prefix(String key) {
        return key.substring(0, PREFIX_LENGTH);
    }
}
