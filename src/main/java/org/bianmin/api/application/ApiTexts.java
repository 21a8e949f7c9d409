package org.bianmin.api.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the portal's i18n bundle in a language chosen per API call. Faces is not involved in an API call, so
 * this reads the bundle the way {@code org.bianmin.shared.web.Messages} does, with the caller's locale.
 */
public final class ApiTexts {

    private static final String BUNDLE = "org.bianmin.i18n.messages";

    private ApiTexts() {}

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** English when asked for, Chinese otherwise: the portal's two languages. */
    public static Locale supported(Locale asked) {
        return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
