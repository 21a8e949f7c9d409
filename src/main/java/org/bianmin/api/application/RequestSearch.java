package org.bianmin.api.application;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bianmin.api.domain.Open311Status;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.shared.domain.BusinessException;

/**
 * The filters of {@code GET requests}: service codes, statuses and a period of submission of at most 90 days
 * (GeoReport v2's rule). Without dates the period is the last 90 days; with one date it is the 90 days from or up to
 * it. The period is half-open, {@code from <= submitted < to}, in the district's local time.
 */
public record RequestSearch(
        Set<String> serviceCodes, Set<MatterStatus> statuses, LocalDateTime from, LocalDateTime to) {

    public static final int MAX_DAYS = 90;
    static final int MAX_CODES = 50;
    /** The district's time: every stored time is local time there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public RequestSearch {
        serviceCodes = Set.copyOf(serviceCodes);
        statuses = statuses.isEmpty() ? EnumSet.allOf(MatterStatus.class) : EnumSet.copyOf(statuses);
    }

    /**
     * Reads the query parameters as a client sent them (each may be null).
     *
     * @throws BusinessException a message naming what is wrong
     */
    public static RequestSearch parse(
            String serviceCode, String status, String startDate, String endDate, LocalDateTime now) {
        Set<String> codes = list(serviceCode);
        if (codes.size() > MAX_CODES) {
            throw new BusinessException("api.error.tooManyCodes", MAX_CODES);
        }
        Set<MatterStatus> statuses = EnumSet.noneOf(MatterStatus.class);
        for (String word : list(status)) {
            Open311Status open311 = Open311Status.fromWire(word);
            if (open311 == null) {
                throw new BusinessException("api.error.status", word);
            }
            statuses.addAll(open311.matterStatuses());
        }
        LocalDateTime from = startDate == null || startDate.isBlank() ? null : time(startDate, "start_date", false);
        LocalDateTime to = endDate == null || endDate.isBlank() ? null : time(endDate, "end_date", true);
        Duration most = Duration.ofDays(MAX_DAYS);
        if (from == null && to == null) {
            to = now.plusSeconds(1);
            from = to.minus(most);
        } else if (from == null) {
            from = to.minus(most);
        } else if (to == null) {
            to = from.plus(most);
        }
        if (!from.isBefore(to)) {
            throw new BusinessException("api.error.dateOrder");
        }
        if (Duration.between(from, to).compareTo(most) > 0) {
            throw new BusinessException("api.error.dateSpan", MAX_DAYS);
        }
        return new RequestSearch(codes, statuses, from, to);
    }

    /**
     * An ISO 8601 time with or without an offset ({@code 2026-11-29T08:30:00+08:00}, {@code 2026-11-29T00:30:00Z},
     * {@code 2026-11-29T08:30:00}), or a day; a time without an offset is the district's. A day as the end of a period
     * includes the whole day.
     */
    static LocalDateTime time(String text, String parameter, boolean end) {
        LocalDateTime time = parsed(text, parameter, end);
        if (time.getYear() < 2000 || time.getYear() > 2100) {
            throw new BusinessException("api.error.date", parameter);
        }
        return time;
    }

    private static LocalDateTime parsed(String text, String parameter, boolean end) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(value).atZoneSameInstant(ZONE).toLocalDateTime();
            }
            return LocalDateTime.parse(value);
        } catch (java.time.DateTimeException e) {
            // also the years a parser accepts but no period can reach, e.g. +999999999-12-31
            throw new BusinessException("api.error.date", parameter);
        }
    }

    /** A comma-separated parameter as its distinct, non-empty values. */
    static Set<String> list(String parameter) {
        Set<String> values = new LinkedHashSet<>();
        if (parameter != null) {
            Arrays.stream(parameter.split(","))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .forEach(values::add);
        }
        return values;
    }
}
