package org.bianmin.matter.application;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.bianmin.matter.domain.FilingKeys;
import org.bianmin.shared.domain.BusinessException;

/**
 * Files a matter at most once per filing key, inside the caller's transaction: the first submission with a key files,
 * every later one (a double click, a back-and-resubmit, a replay) is answered with what the first one filed. The key
 * is claimed before anything is checked, so a replay waits for the first submission and never files in parallel.
 */
public final class FilingOnce {

    /** A key made by the page ({@link java.util.UUID}) or sent by an API client. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final FilingKeys keys;

    public FilingOnce(FilingKeys keys) {
        this.keys = keys;
    }

    /**
     * @param filing checks and files the new matter and gives its id; runs only for the key's first submission
     * @param answer what to answer for the matter filed under the key (the receipt), first time or not
     */
    public <R> R file(String key, LongSupplier filing, LongFunction<R> answer) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new BusinessException("matter.error.filingKey");
        }
        Optional<Long> filed = keys.claim(key);
        if (filed.isPresent()) {
            return answer.apply(filed.get());
        }
        long matterId = filing.getAsLong();
        keys.bind(key, matterId);
        return answer.apply(matterId);
    }
}
