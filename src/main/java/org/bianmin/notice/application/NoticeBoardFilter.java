package org.bianmin.notice.application;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a reader asked the board for, from the address (every field may be missing or nonsense: a board address is
 * typed, shortened and shared). {@link #of} keeps only what can be a town, village or category code, a title search of
 * at most {@value #MAX_TITLE} characters and a sane page; dates in the wrong order are not used, and {@link
 * #datesReversed()} says so, so the page can tell the reader while keeping what they typed.
 */
public record NoticeBoardFilter(
        String townCode,
        String villageCode,
        String categoryCode,
        LocalDate from,
        LocalDate to,
        String title,
        int page) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_TITLE = 50;
    public static final int MAX_PAGE = 500;

    private static final Pattern TOWN = Pattern.compile("\\d{9}");
    private static final Pattern VILLAGE = Pattern.compile("\\d{12}");
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9_]{1,40}");

    public static NoticeBoardFilter of(
            String townCode,
            String villageCode,
            String categoryCode,
            LocalDate from,
            LocalDate to,
            String title,
            int page) {
        String village = matching(VILLAGE, villageCode);
        String town = matching(TOWN, townCode);
        if (village != null && town != null && !village.startsWith(town)) {
            town = null; // the village is the more precise ask; a stale town from an old link must not hide it
        }
        String search = title == null ? null : title.strip();
        if (search != null && search.isEmpty()) {
            search = null;
        }
        if (search != null && search.codePointCount(0, search.length()) > MAX_TITLE) {
            search = search.substring(0, search.offsetByCodePoints(0, MAX_TITLE));
        }
        return new NoticeBoardFilter(
                town,
                village,
                matching(CATEGORY, categoryCode),
                from,
                to,
                search,
                Math.max(1, Math.min(MAX_PAGE, page)));
    }

    public static NoticeBoardFilter village(String villageCode) {
        return of(null, villageCode, null, null, null, null, 1);
    }

    private static String matching(Pattern pattern, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return pattern.matcher(trimmed).matches() ? trimmed : null;
    }

    /** The reader put the end date before the start date: neither is used. */
    public boolean datesReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    /** The first day a notice's latest disclosure may start on, if any. */
    public LocalDate fromUsed() {
        return datesReversed() ? null : from;
    }

    /** The last day a notice's latest disclosure may start on, if any. */
    public LocalDate toUsed() {
        return datesReversed() ? null : to;
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    public NoticeBoardFilter withPage(int newPage) {
        return new NoticeBoardFilter(townCode, villageCode, categoryCode, from, to, title, newPage);
    }
}
