package org.bianmin.shared.domain;

import jakarta.ejb.ApplicationException;

/** The user may not do this. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.forbidden");
    }
}
