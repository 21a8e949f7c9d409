package org.bianmin.notice.domain;

import java.io.Serializable;
import org.bianmin.shared.domain.BusinessException;

/**
 * Who was expected, who came and how they voted. For a villagers' assembly the households are counted too, since it is
 * quorate with more than half of the adult villagers or two thirds of the households.
 *
 * @param householdsExpected and {@code householdsPresent}: only for a villagers' assembly, otherwise 0
 */
public record Attendance(
        int expected,
        int present,
        int votesFor,
        int votesAgainst,
        int abstentions,
        int householdsExpected,
        int householdsPresent)
        implements Serializable {

    public Attendance {
        if (expected < 1 || present < 0 || votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
            throw new BusinessException("notice.error.counts");
        }
        if (present > expected) {
            throw new BusinessException("notice.error.presentOverExpected", present, expected);
        }
        if (votesFor + votesAgainst + abstentions > present) {
            throw new BusinessException(
                    "notice.error.votesOverPresent", votesFor + votesAgainst + abstentions, present);
        }
        if (householdsExpected < 0 || householdsPresent < 0 || householdsPresent > householdsExpected) {
            throw new BusinessException("notice.error.households", householdsPresent, householdsExpected);
        }
    }

    public static Attendance of(int expected, int present, int votesFor, int votesAgainst, int abstentions) {
        return new Attendance(expected, present, votesFor, votesAgainst, abstentions, 0, 0);
    }
}
