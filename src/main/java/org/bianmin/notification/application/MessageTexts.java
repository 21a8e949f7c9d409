package org.bianmin.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianmin.notification.domain.Notification;

/**
 * Renders a notification's text from {@code org/bianmin/i18n/notifications*.properties}, filling {@code {name}}
 * placeholders from its parameters. SMS go out in Chinese whatever the server's default locale.
 */
@ApplicationScoped
public class MessageTexts {

    public static final String BUNDLE = "org.bianmin.i18n.notifications";

    /** The language SMS are sent in. */
    public static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

    /** Same shape as the parameter names {@code NotificationParams} accepts. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]{0,31})}");

    // No fallback to the default locale: on an English server zh must still find the Chinese default file.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The text the dispatcher sends. */
    public String render(Notification notification) {
        return render(notification.getTemplate(), notification.getParams(), SMS_LOCALE);
    }

    /**
     * @throws IllegalArgumentException for an unknown template or a placeholder without a value
     */
    public String render(String template, Map<String, String> params, Locale locale) {
        Matcher matcher = PLACEHOLDER.matcher(pattern(template, locale));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = params.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "template " + template + " needs a value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** The placeholder names a template uses in the given language. */
    public Set<String> placeholders(String template, Locale locale) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern(template, locale));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * Whether a message can be rendered in both languages from these parameters, checked when it is queued rather
     * than minutes later in the dispatcher.
     *
     * @throws IllegalArgumentException naming the template and the missing placeholders
     */
    public void check(String template, Map<String, String> params) {
        Set<String> missing = new TreeSet<>(placeholders(template, SMS_LOCALE));
        missing.addAll(placeholders(template, Locale.ENGLISH));
        missing.removeAll(params.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("template " + template + " needs values for " + missing);
        }
    }

    private static String pattern(String template, Locale locale) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, locale, MessageTexts.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(template);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("unknown notification template: " + template, e);
        }
    }
}
