package org.bianmin.api.web;

import java.util.List;
import java.util.Locale;
import org.bianmin.api.application.ApiTexts;

/**
 * The language of an API call: {@code ?locale=en} (or {@code zh}) first, then the first of the portal's two languages
 * in Accept-Language, else Chinese.
 */
final class ApiLocale {

    private ApiLocale() {}

    static Locale of(String localeParameter, List<Locale> acceptable) {
        if (localeParameter != null && !localeParameter.isBlank()) {
            return ApiTexts.supported(
                    Locale.forLanguageTag(localeParameter.strip().replace('_', '-')));
        }
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("en".equals(locale.getLanguage()) || "zh".equals(locale.getLanguage())) {
                    return ApiTexts.supported(locale);
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
