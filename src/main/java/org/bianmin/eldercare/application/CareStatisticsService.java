package org.bianmin.eldercare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.eldercare.domain.CarePlanRepository;
import org.bianmin.eldercare.domain.CareStatistics;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.AccessDeniedException;

/**
 * The home-care figures for the signed-in person's scope (the approving office: the district; town staff: their
 * town), on the page and as a workbook. Figures only: no names, ID numbers, phones or health notes.
 */
@Stateless
public class CareStatisticsService {

    @Inject
    private CarePlanRepository plans;

    @Inject
    private PlaceRepository places;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private PlanAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    @Inject
    private CareStatisticsWriter writer;

    public CareStatistics.Figures figures(Locale locale) {
        String prefix = scope();
        return CareStatistics.compute(
                plans.applicationFacts(prefix),
                plans.stageVisits(prefix),
                plans.planFacts(prefix),
                townNames(locale),
                workingDays.calendar());
    }

    /** The same figures as an .xlsx workbook; each download is audited. */
    public void export(Locale locale, OutputStream out) {
        CareStatistics.Figures figures = figures(locale);
        audit.record(
                AuditAction.CARE_STATISTICS_EXPORTED,
                "care_statistics",
                null,
                "scope " + (scope().isEmpty() ? "district" : scope()));
        try {
            writer.write(figures, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the signed-in person sees the figures (menu); never throws. */
    public boolean mayRead() {
        return currentUser
                .get()
                .map(u -> access.policy().scopePrefix(u) != null)
                .orElse(false);
    }

    private String scope() {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        String prefix = access.policy().scopePrefix(user);
        if (prefix == null) {
            throw new AccessDeniedException();
        }
        return prefix;
    }

    private Map<String, String> townNames(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return places.findActive(PlaceLevel.TOWN).stream()
                .collect(Collectors.toMap(
                        Place::getCode,
                        p -> english && p.getNameEn() != null ? p.getNameEn() : p.getName(),
                        (a, b) -> a));
    }
}
