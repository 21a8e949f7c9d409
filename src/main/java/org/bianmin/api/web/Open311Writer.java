package org.bianmin.api.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.bianmin.api.application.Open311;

/** Writes the API's answers with GeoReport v2's names, in one of its two formats. */
interface Open311Writer {

    /** W3C date-time with the offset, to the second: {@code 2026-11-29T09:30:00+08:00}. */
    DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    String services(List<Open311.Service> services);

    String definition(Open311.ServiceDefinition definition);

    String requests(List<Open311.Request> requests);

    String created(List<Open311.Created> created);

    String tokens(List<Open311.TokenMatch> tokens);

    String errors(List<Open311.Error> errors);

    static String dateTime(OffsetDateTime time) {
        return time == null ? null : DATE_TIME.format(time);
    }
}
