package org.bianmin.rights.domain;

import org.bianmin.shared.domain.BusinessException;

/**
 * What an item says: its kind, its stage, a short title, the text in plain words and the legal or policy basis. Checked
 * when made, so an item never holds an empty title or an over-long text.
 *
 * @param basis optional: the law or policy the item rests on (e.g. 《村民委员会组织法》第二十四条)
 */
public record ItemContent(ItemKind kind, Stage stage, String title, String body, String basis) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 1000;
    public static final int MAX_BASIS = 500;

    public ItemContent {
        if (kind == null) {
            throw new BusinessException("rights.error.kind");
        }
        if (stage == null) {
            throw new BusinessException("rights.error.stage");
        }
        title = required(title, MAX_TITLE, "rights.error.title");
        body = required(body, MAX_BODY, "rights.error.body");
        String trimmedBasis = basis == null ? "" : basis.strip();
        if (trimmedBasis.length() > MAX_BASIS) {
            throw new BusinessException("rights.error.basis", MAX_BASIS);
        }
        basis = trimmedBasis.isEmpty() ? null : trimmedBasis;
    }

    private static String required(String text, int max, String key) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new BusinessException(key, max);
        }
        return trimmed;
    }
}
