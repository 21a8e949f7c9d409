package org.bianmin.api.application;

import jakarta.ejb.ApplicationException;
import org.bianmin.shared.domain.BusinessException;

/** A call that needs an API key came without one, or with one that is not (or no longer) valid. */
@ApplicationException(rollback = true)
public class ApiKeyRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why, as a message key: {@code api.error.keyMissing}, {@code api.error.keyUnknown} or {@code api.error.keyRevoked}. */
    public ApiKeyRefused(String messageKey) {
        super(messageKey);
    }
}
