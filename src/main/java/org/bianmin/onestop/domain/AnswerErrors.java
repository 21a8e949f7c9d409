package org.bianmin.onestop.domain;

import java.util.Map;
import org.bianmin.shared.domain.BusinessException;

/** Several extra fields are wrong at once; each keeps its own message for the page to show beside it. */
public class AnswerErrors extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, BusinessException> byField;

    public AnswerErrors(Map<String, BusinessException> byField) {
        super("onestop.error.answers", byField.size());
        this.byField = Map.copyOf(byField);
    }

    public Map<String, BusinessException> byField() {
        return byField;
    }
}
