package org.bianmin.shared.domain;

import jakarta.ejb.ApplicationException;

/** The thing does not exist, or exists outside the user's data scope: both answer the same. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
