package org.bianmin.notice.web.pub;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The board's permanent addresses (printed on QR posters) and the page each one shows. The pages themselves take
 * ordinary query parameters, like the rights pages; these addresses are forwarded to them.
 */
final class BoardAddresses {

    static final String BOARD = "/public/notices";

    private static final Pattern VILLAGE = Pattern.compile(BOARD + "/village/(\\d{12})");
    private static final Pattern NOTICE = Pattern.compile(BOARD + "/(\\d{1,18})");
    private static final Pattern POSTER = Pattern.compile(BOARD + "/poster/(\\d{12})");

    /**
     * @param forwardTo the page (with its query parameter) to forward to, or null to let the request go on as it is
     * @param cacheable whether the answer may be kept by browsers and proxies (and, briefly, by the server)
     * @param noStore whether the page takes personal data and must not be kept at all
     */
    record Target(String forwardTo, boolean cacheable, boolean noStore) {}

    private static final Target PASS = new Target(null, false, false);

    private BoardAddresses() {}

    /** @param path the address within the portal, without the query string */
    static Target resolve(String path) {
        if (path == null) {
            return PASS;
        }
        if (path.equals(BOARD) || path.equals(BOARD + ".xhtml") || path.equals(BOARD + "/posters")) {
            return new Target(null, true, false);
        }
        if (path.equals(BOARD + "/objection")) {
            return new Target(null, false, true);
        }
        Matcher m = VILLAGE.matcher(path);
        if (m.matches()) {
            return new Target(BOARD + "/village?code=" + m.group(1), true, false);
        }
        m = POSTER.matcher(path);
        if (m.matches()) {
            return new Target(BOARD + "/poster?village=" + m.group(1), true, false);
        }
        m = NOTICE.matcher(path);
        if (m.matches()) {
            return new Target(BOARD + "/notice?id=" + m.group(1), true, false);
        }
        return PASS;
    }

    static String village(String code) {
        return BOARD + "/village/" + code;
    }

    static String notice(long id) {
        return BOARD + "/" + id;
    }
}
