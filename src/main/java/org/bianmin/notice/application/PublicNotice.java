package org.bianmin.notice.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One notice as the public reads it: the matter, the dates and counts of its meetings, its published disclosures, and
 * the objections (how many, and the answers given) — never who took part, who objected or what the minutes say about
 * people. Enum values travel as their names, for the page's message keys.
 */
public record PublicNotice(
        long id,
        String title,
        String categoryZh,
        String categoryEn,
        String motionSource,
        String description,
        BigDecimal estimatedFunds,
        String villageCode,
        String villageName,
        String villageNameEn,
        String townName,
        String townNameEn,
        String status,
        List<Meeting> meetings,
        List<Disclosure> disclosures,
        long objections,
        List<Answer> answers)
        implements Serializable {

    /** A published disclosure open for objections today, if any (the newest). */
    public Disclosure openDisclosure() {
        return disclosures.stream().filter(Disclosure::open).findFirst().orElse(null);
    }

    public boolean objectionsOpen() {
        return openDisclosure() != null;
    }

    public record Meeting(
            String step,
            String form,
            LocalDate heldOn,
            int expected,
            int present,
            Integer votesFor,
            Integer votesAgainst,
            Integer votesAbstaining,
            String outcome,
            Integer householdsExpected,
            Integer householdsPresent)
            implements Serializable {

        public boolean voted() {
            return votesFor != null;
        }

        /** A villagers' assembly may reach its quorum by households (2/3) rather than by people. */
        public boolean householdsCounted() {
            return householdsExpected != null && householdsPresent != null;
        }
    }

    public record Disclosure(
            long id,
            String kind,
            String body,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal fundsUsed,
            String progress,
            LocalDate completedOn,
            List<Long> photoIds,
            boolean open)
            implements Serializable {

        public boolean result() {
            return "RESULT".equals(kind);
        }
    }

    /** An answered objection: when it came and when and how the town answered; nothing about who objected. */
    public record Answer(LocalDate submittedOn, LocalDate answeredOn, String answer) implements Serializable {}
}
