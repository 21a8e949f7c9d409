package org.bianmin.eldercare.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Service plans and their reviews. */
public interface CarePlanRepository {

    Optional<CarePlan> find(long id);

    Optional<CarePlan> findByApplication(long applicationId);

    /** Plans whose village code starts with {@code placePrefix}, of that status (all when null), by village. */
    List<CarePlan> inScope(String placePrefix, PlanStatus status, int max);

    /** Ids of active plans whose review is due by {@code day} and not yet reminded for that date. */
    List<Long> needingReminder(LocalDate day, int max);

    /** Active plans of one village, for the public disclosure. */
    List<CarePlan> activeIn(String villageCode);

    /** The applications of these plans (for names, tracking numbers and grades), by id. */
    java.util.Map<Long, CareApplication> applications(java.util.Collection<Long> applicationIds);

    /** Every plan's village, status and subsidy, for the statistics (no personal data). */
    List<CareStatistics.PlanFact> planFacts(String placePrefix);

    /** Every application's village, stage and whether it was approved, for the statistics. */
    List<CareStatistics.ApplicationFact> applicationFacts(String placePrefix);

    /** The completed stays in each stage of the applications in scope, from their filing times and moves. */
    List<CareStatistics.StageVisit> stageVisits(String placePrefix);

    CarePlan save(CarePlan plan);
}
