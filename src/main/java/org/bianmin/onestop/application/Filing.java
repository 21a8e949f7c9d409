package org.bianmin.onestop.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bianmin.onestop.domain.Upload;

/**
 * What was entered to file a request, as typed: the service checks all of it.
 *
 * @param answers the extra fields' values by field key (several for a multiple choice)
 * @param locale the language the person filled the form in; answers keep the labels they saw
 */
public record Filing(
        String serviceCode,
        String name,
        String idNumber,
        String phone,
        Map<String, List<String>> answers,
        List<Upload> uploads,
        Locale locale) {

    public Filing {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }
}
