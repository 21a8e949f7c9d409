package org.bianmin.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The portal's two languages. The choice lives in a cookie rather than the session, so public pages stay stateless
 * and a kiosk forgets it along with everything else when it resets.
 */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh"),
    EN(Locale.ENGLISH, "en");

    public static final String COOKIE = "bianmin_lang";

    private final Locale locale;
    private final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return tag;
    }

    /** zh-CN unless the visitor chose otherwise. */
    public static Language of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return fromTag(cookie.getValue());
                }
            }
        }
        return ZH;
    }

    public static Language fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        return ZH;
    }
}
