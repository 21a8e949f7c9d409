package org.bianmin.notification.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The values a template's placeholders are filled with, stored as one {@code name=value} line per placeholder (sorted,
 * with {@code \}, line breaks escaped): readable in the database, and free of any JSON library. Only what the message
 * shows belongs here; a value is cut to {@value #MAX_VALUE_LENGTH} characters because an SMS has no room for more.
 */
public final class NotificationParams {

    public static final int MAX_ENCODED_LENGTH = 2000;
    public static final int MAX_VALUE_LENGTH = 300;

    /** The same shape as a placeholder in a template, so every stored name can be filled in. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,31}");

    private NotificationParams() {}

    /**
     * @throws IllegalArgumentException for a name that cannot be a placeholder, a null value, or more text than the
     *     column holds
     */
    public static String encode(Map<String, String> params) {
        StringBuilder encoded = new StringBuilder();
        for (Map.Entry<String, String> param : new TreeMap<>(params).entrySet()) {
            if (!NAME.matcher(param.getKey()).matches()) {
                throw new IllegalArgumentException("not a placeholder name: " + param.getKey());
            }
            if (param.getValue() == null) {
                throw new IllegalArgumentException("no value for " + param.getKey());
            }
            if (encoded.length() > 0) {
                encoded.append('\n');
            }
            encoded.append(param.getKey()).append('=').append(escape(shortened(param.getValue())));
        }
        if (encoded.length() > MAX_ENCODED_LENGTH) {
            throw new IllegalArgumentException("parameters too long: " + encoded.length() + " characters");
        }
        return encoded.toString();
    }

    public static Map<String, String> decode(String encoded) {
        Map<String, String> params = new TreeMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return Collections.unmodifiableMap(params);
        }
        for (String line : encoded.split("\n", -1)) {
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("malformed parameter line");
            }
            params.put(line.substring(0, equals), unescape(line.substring(equals + 1)));
        }
        return Collections.unmodifiableMap(params);
    }

    private static String shortened(String value) {
        if (value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1)) + "…";
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String unescape(String value) {
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                plain.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
