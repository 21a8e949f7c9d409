package org.bianmin.api.application;

import jakarta.ejb.ApplicationException;
import org.bianmin.shared.domain.BusinessException;

/** What an API call names does not exist: a service, a request or a token (GeoReport v2 answers 404). */
@ApplicationException(rollback = true)
public class Open311NotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param messageKey {@code api.error.serviceNotFound}, {@code api.error.requestNotFound} or {@code api.error.tokenNotFound} */
    public Open311NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
