package org.bianmin.notice.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.bianmin.notice.application.DecisionService;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/**
 * Small helpers the decision pages share: a business error shown with its enum and field arguments in the reader's
 * language, and the refusal pages (403, 404) for a matter the reader may not see.
 */
public final class DecisionPages {

    private DecisionPages() {}

    /** Shows the error; enum arguments (a step, a meeting form) and field names are translated first. */
    public static void error(BusinessException e) {
        Object[] args = Arrays.stream(e.getArguments())
                .map(a -> a instanceof Enum<?> en
                        ? Messages.text(en.getDeclaringClass().getSimpleName() + "." + en.name())
                        : a instanceof DecisionService.FieldName f ? Messages.text("clerk_decision." + f.key()) : a)
                .map(a -> a instanceof java.time.LocalDate d ? d.toString() : a)
                .toArray();
        Messages.error(e.getMessageKey(), args);
    }

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
