package org.bianmin.rights.web.staff;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Staff pages of the list are in the staff folder, but only the owning office keeps the list: anyone else gets the
 * forbidden page (403), never an error.
 */
final class Refusals {

    private Refusals() {}

    static void forbidden() {
        send(403);
    }

    static void notFound() {
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
