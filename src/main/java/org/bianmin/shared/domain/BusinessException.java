package org.bianmin.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the domain said no. Carries an i18n message key (and its arguments) rather than text, so the page shows
 * it in the user's language; rolls the transaction back so nothing is half-stored.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
