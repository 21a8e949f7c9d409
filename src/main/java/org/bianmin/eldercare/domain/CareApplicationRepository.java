package org.bianmin.eldercare.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Applications, the service list, the rules and settings, and objections. */
public interface CareApplicationRepository {

    Optional<CareApplication> find(long id);

    Optional<CareApplication> findByMatter(long matterId);

    CareApplication save(CareApplication application);

    /** Whether this elder has an application at one of these stages. */
    boolean existsFor(String elderIdNumber, List<Stage> stages);

    /**
     * Applications whose place code starts with {@code scopePrefix} (a village, a town, or "" for the district), at
     * one of the stages, by due date.
     */
    List<CareApplication> inScope(String scopePrefix, List<Stage> stages, int max);

    /** Applications on a village's board on that day (posted and not yet verified). */
    List<CareApplication> postedIn(String villageCode, LocalDate day);

    List<CareServiceOption> serviceOptions();

    Optional<CareServiceOption> serviceOption(long id);

    CareServiceOption save(CareServiceOption option);

    List<CareRuleEntry> rules();

    Optional<CareRuleEntry> rule(long id);

    CareRuleEntry save(CareRuleEntry rule);

    void delete(CareRuleEntry rule);

    List<CareSetting> settings();

    CareSetting save(CareSetting setting);

    CareObjection save(CareObjection objection);

    List<CareObjection> objections(long applicationId);
}
