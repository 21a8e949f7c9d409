package org.bianmin.rights.application;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bianmin.place.domain.Place;
import org.bianmin.rights.domain.Feedback;

/** Turns feedback into what the public may see of it, naming towns in the reader's language. */
final class PublicViews {

    private final Map<String, String> townNames = new HashMap<>();

    PublicViews(List<Place> towns, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        for (Place town : towns) {
            String name =
                    english && town.getNameEn() != null && !town.getNameEn().isBlank()
                            ? town.getNameEn()
                            : town.getName();
            townNames.put(town.getCode(), name);
        }
    }

    String townName(String code) {
        return code == null ? null : townNames.get(code);
    }

    PublicFeedback of(Feedback feedback) {
        return new PublicFeedback(
                feedback.getId(),
                feedback.getVersionNumber(),
                feedback.getType(),
                feedback.getText(),
                feedback.getSubmittedAt(),
                townName(feedback.getTownCode()),
                feedback.isNamed(),
                feedback.getAnswer(),
                feedback.getAnsweredAt(),
                feedback.getAdoptedVersionNumber());
    }
}
