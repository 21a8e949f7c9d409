package org.bianmin.eldercare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CarePlan;
import org.bianmin.eldercare.domain.CarePlanRepository;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.Masking;

/**
 * 公开: the approved recipients of one village with a running plan, de-identified for the public board and the
 * village's QR code. No sign-in; nothing but masked names, the village, the grade band and the subsidy leaves here.
 */
@Stateless
public class RecipientDisclosure {

    @Inject
    private CarePlanRepository plans;

    @Inject
    private PlaceRepository places;

    /** The village, when the code names an active one. */
    public Optional<Place> village(String villageCode) {
        if (villageCode == null || !villageCode.matches("\\d{12}")) {
            return Optional.empty();
        }
        return places.findByCode(villageCode).filter(p -> p.isActive() && p.getLevel() == PlaceLevel.VILLAGE);
    }

    public List<PublicRecipient> recipients(String villageCode, Locale locale) {
        Optional<Place> village = village(villageCode);
        if (village.isEmpty()) {
            return List.of();
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String villageName = english && village.get().getNameEn() != null
                ? village.get().getNameEn()
                : village.get().getName();
        List<CarePlan> active = plans.activeIn(villageCode);
        Map<Long, CareApplication> applications = plans.applications(
                active.stream().map(CarePlan::getApplicationId).toList());
        return active.stream()
                .map(plan -> {
                    CareApplication application = applications.get(plan.getApplicationId());
                    String band = application.getGrade() == null
                            ? null
                            : application.getGrade().disabled() ? "DISABLED" : "INTACT";
                    return new PublicRecipient(
                            Masking.name(application.getElderName()),
                            villageName,
                            band,
                            plan.getMonthlySubsidy(),
                            plan.getStartMonth());
                })
                .toList();
    }
}
