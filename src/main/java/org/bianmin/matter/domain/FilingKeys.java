package org.bianmin.matter.domain;

import java.util.Optional;

/**
 * Idempotency for filing: the page (or API client) sends one key per form, and only the first submission with a key
 * files a matter. A replay, a double click or a back-and-resubmit gets the matter the first one filed.
 */
public interface FilingKeys {

    /**
     * Claims the key inside the current transaction. If another transaction holds it, waits until that one ends.
     *
     * @return empty when this transaction now owns the key and must file; otherwise the id of the matter already filed
     *     under it
     */
    Optional<Long> claim(String key);

    /** Records which matter the key filed, in the same transaction as the filing. */
    void bind(String key, long matterId);
}
