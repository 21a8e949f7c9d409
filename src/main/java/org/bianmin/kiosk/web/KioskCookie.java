package org.bianmin.kiosk.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The cookie that makes a browser a kiosk: the device token, for five years, sent to this site's pages only (HttpOnly,
 * SameSite=Strict, Secure over HTTPS). Revoking the kiosk, not the cookie's age, is what ends it.
 */
public final class KioskCookie {

    public static final String NAME = "bianmin_kiosk";
    static final int FIVE_YEARS = 5 * 365 * 24 * 3600;

    private KioskCookie() {}

    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())
                    && cookie.getValue() != null
                    && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(cookie(request, token, FIVE_YEARS));
    }

    /** Drops a token that no longer works, so the browser stops sending it. */
    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
