package org.bianmin.rights.domain;

/** What a villager says about an item. */
public enum FeedbackType {
    /** 赞同: needs no words */
    AGREE(false, "赞同"),
    /** 建议修改 */
    SUGGEST(true, "建议修改"),
    /** 反对 */
    OBJECT(true, "反对"),
    /** 疑问 */
    ASK(true, "疑问");

    private final boolean textRequired;
    private final String subjectLabel;

    FeedbackType(boolean textRequired, String subjectLabel) {
        this.textRequired = textRequired;
        this.subjectLabel = subjectLabel;
    }

    /** Everything but agreement must say what the person means. */
    public boolean textRequired() {
        return textRequired;
    }

    /**
     * Named suggestions, objections and questions ask for an answer within the promised time, so they become matters
     * for the owning office; an agreement asks for nothing.
     */
    public boolean becomesMatterWhenNamed() {
        return this != AGREE;
    }

    /** Whether a new version can take this feedback up; an agreement changes nothing. */
    public boolean adoptable() {
        return this != AGREE;
    }

    /** How a matter's subject (stored text, always in Chinese like every matter subject) names the type. */
    public String subjectLabel() {
        return subjectLabel;
    }
}
