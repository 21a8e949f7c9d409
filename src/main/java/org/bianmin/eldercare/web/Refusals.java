package org.bianmin.eldercare.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Pages a person may not see answer 403, and things outside their scope 404, never an error page with a trace. */
public final class Refusals {

    private Refusals() {}

    public static void forbidden() {
        send(403);
    }

    public static void notFound() {
        send(404);
    }

    private static void send(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
