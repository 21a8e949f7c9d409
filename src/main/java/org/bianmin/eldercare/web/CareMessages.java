package org.bianmin.eldercare.web;

import java.util.Arrays;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** Business messages whose arguments are enums (a stage, a grade) shown by their names in the reader's language. */
public final class CareMessages {

    private CareMessages() {}

    public static String text(BusinessException e) {
        return Messages.text(e.getMessageKey(), arguments(e));
    }

    public static void error(BusinessException e) {
        Messages.error(e.getMessageKey(), arguments(e));
    }

    private static Object[] arguments(BusinessException e) {
        return Arrays.stream(e.getArguments())
                .map(a -> a instanceof Enum<?> en
                        ? Messages.text(en.getDeclaringClass().getSimpleName() + "." + en.name())
                        : a)
                .toArray();
    }
}
