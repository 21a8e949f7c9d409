package org.bianmin.eldercare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.eldercare.domain.CareApplicationRepository;
import org.bianmin.eldercare.domain.CareProvider;
import org.bianmin.eldercare.domain.CareProviderRepository;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/**
 * The administrator's registry of home-care providers (居家养老服务机构): what each offers and where it works. Kept by
 * the holders of {@link Permission#ELDERCARE_CONFIGURE}, who also keep the list of services providers offer.
 */
@Stateless
public class ProviderService {

    @Inject
    private CareProviderRepository providers;

    @Inject
    private CareApplicationRepository applications;

    @Inject
    private PlaceRepository places;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    public List<CareProvider> all() {
        currentUser.require(Permission.ELDERCARE_CONFIGURE);
        return providers.findAll();
    }

    /** The services a provider may offer: the list's active entries (and any it already offers). */
    public List<CareServiceOption> serviceOptions() {
        return applications.serviceOptions();
    }

    /** Towns and villages an area may name, towns first, each followed by its villages. */
    public List<Place> areaChoices() {
        List<Place> towns = places.findActive(PlaceLevel.TOWN);
        List<Place> villages = places.findActive(PlaceLevel.VILLAGE);
        List<Place> ordered = new ArrayList<>();
        for (Place town : towns.stream()
                .sorted(java.util.Comparator.comparing(Place::getCode))
                .toList()) {
            ordered.add(town);
            villages.stream()
                    .filter(v -> v.getCode().startsWith(town.getCode()))
                    .sorted(java.util.Comparator.comparing(Place::getCode))
                    .forEach(ordered::add);
        }
        return ordered;
    }

    public CareProvider create(CareProvider.Details details) {
        currentUser.require(Permission.ELDERCARE_CONFIGURE);
        check(details, null);
        CareProvider provider = new CareProvider(details);
        providers.save(provider);
        audit.record(AuditAction.CARE_PROVIDER_CHANGED, "care_provider", provider.getId(), "created");
        return provider;
    }

    public void update(long id, int expectedVersion, CareProvider.Details details) {
        currentUser.require(Permission.ELDERCARE_CONFIGURE);
        CareProvider provider = fresh(id, expectedVersion);
        check(details, id);
        Set<Long> before = provider.getServiceIds();
        Set<String> areaBefore = provider.getAreaCodes();
        provider.change(details);
        providers.save(provider);
        audit.record(
                AuditAction.CARE_PROVIDER_CHANGED,
                "care_provider",
                id,
                "updated; services " + before + " -> " + provider.getServiceIds() + "; area " + areaBefore + " -> "
                        + provider.getAreaCodes());
    }

    public void setActive(long id, int expectedVersion, boolean active) {
        currentUser.require(Permission.ELDERCARE_CONFIGURE);
        CareProvider provider = fresh(id, expectedVersion);
        if (active) {
            provider.activate();
        } else {
            provider.deactivate();
        }
        providers.save(provider);
        audit.record(AuditAction.CARE_PROVIDER_CHANGED, "care_provider", id, active ? "activated" : "deactivated");
    }

    private void check(CareProvider.Details details, Long id) {
        String name = details.name() == null ? "" : details.name().strip();
        providers.findByName(name).filter(p -> !p.getId().equals(id)).ifPresent(p -> {
            throw new BusinessException("eldercare.provider.error.nameTaken", name);
        });
        Set<Long> known = applications.serviceOptions().stream()
                .map(CareServiceOption::getId)
                .collect(Collectors.toSet());
        if (details.serviceIds() != null && !known.containsAll(details.serviceIds())) {
            throw new BusinessException("eldercare.provider.error.services");
        }
        checkArea(details.areaCodes());
    }

    private void checkArea(Collection<String> codes) {
        if (codes == null) {
            return;
        }
        for (String code : codes) {
            Place place =
                    places.findByCode(code).orElseThrow(() -> new BusinessException("eldercare.provider.error.area"));
            if (!place.isActive() || (place.getLevel() != PlaceLevel.TOWN && place.getLevel() != PlaceLevel.VILLAGE)) {
                throw new BusinessException("eldercare.provider.error.area");
            }
        }
    }

    private CareProvider fresh(long id, int expectedVersion) {
        CareProvider provider = providers.find(id).orElseThrow(NotFoundException::new);
        if (provider.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return provider;
    }
}
