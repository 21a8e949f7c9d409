package org.bianmin.api.application;

import java.util.List;
import java.util.Map;

/**
 * A {@code POST requests} as the client sent it; the service checks all of it.
 *
 * @param attributes the answers to the item's extra fields by attribute code (several for a multivaluelist)
 * @param addressId the village's code
 * @param idempotencyKey the client's {@code Idempotency-Key} header, or null
 */
public record Submission(
        String serviceCode,
        Map<String, List<String>> attributes,
        String addressId,
        String firstName,
        String lastName,
        String phone,
        String description,
        String idempotencyKey) {

    public Submission {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /**
     * The person's name as one: family name first and no space for Chinese names (张 + 三 = 张三), "first last"
     * otherwise.
     */
    public String name() {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        if (first.isEmpty() || last.isEmpty()) {
            return first.isEmpty() ? last : first;
        }
        boolean chinese =
                (first + last).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return chinese ? last + first : first + " " + last;
    }
}
