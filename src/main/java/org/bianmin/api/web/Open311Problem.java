package org.bianmin.api.web;

import jakarta.ws.rs.core.Response;

/** An answer in the spec's error format decided by the resource itself: a throttled client or a bad parameter. */
class Open311Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.StatusType status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final Long retryAfterSeconds;

    Open311Problem(Response.StatusType status, String messageKey, Long retryAfterSeconds, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.retryAfterSeconds = retryAfterSeconds;
        this.arguments = arguments.clone();
    }

    Response.StatusType status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
