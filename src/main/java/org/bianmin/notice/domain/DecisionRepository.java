package org.bianmin.notice.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Decision matters with their meetings and disclosures, their attachments, categories and settings. */
public interface DecisionRepository {

    DecisionMatter save(DecisionMatter matter);

    Optional<DecisionMatter> find(long id);

    /**
     * Matters of the villages whose codes start with {@code placePrefix} (one village, or a town's villages), newest
     * change first.
     */
    List<DecisionMatter> byPlace(String placePrefix, DecisionStatus status, int max);

    /**
     * The register of a village (or a town's villages) for a period: matters opened in it or with a meeting or
     * disclosure in it, oldest first.
     */
    List<DecisionMatter> register(String placePrefix, LocalDate from, LocalDate to);

    /** Resolution disclosures awaiting the review of a town (villages whose codes start with the town's). */
    List<DecisionMatter> awaitingReview(String townCode);

    /** Ids of matters whose result disclosure is due by {@code day} and whose clerk has not been reminded. */
    List<Long> resultDueBy(LocalDate day, int max);

    DecisionAttachment saveAttachment(DecisionAttachment attachment);

    Optional<DecisionAttachment> findAttachment(long id);

    /** A matter's attachments without their content, in upload order. */
    List<AttachmentInfo> attachments(long matterId);

    List<DecisionCategory> categories(boolean activeOnly);

    Optional<DecisionCategory> findCategory(long id);

    DecisionCategory saveCategory(DecisionCategory category);

    DecisionSettings settings();

    DecisionSettings saveSettings(DecisionSettings settings);

    /** Whether the town reviews resolution disclosures (no row: it does not). */
    boolean townReviews(String townCode);

    void setTownReviews(String townCode, boolean reviews);

    /** Towns that review, by code. */
    List<String> reviewingTowns();
}
