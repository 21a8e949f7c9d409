package org.bianmin.rights.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.rights.domain.FeedbackRepository;
import org.bianmin.rights.domain.FeedbackStatistics;
import org.bianmin.rights.domain.ListVersion;
import org.bianmin.rights.domain.ListVersionRepository;
import org.bianmin.shared.domain.NotFoundException;

/**
 * Statistics of a version's feedback for the owning office: by type, answered share, adopted, hidden; per item and per
 * town; and the same as an Excel workbook. No personal data: figures only.
 */
@Stateless
public class RightsStatistics {

    private static final Logger LOG = Logger.getLogger(RightsStatistics.class.getName());

    @Inject
    private ListVersionRepository versions;

    @Inject
    private FeedbackRepository feedbacks;

    @Inject
    private PlaceRepository places;

    @Inject
    private RightsOffice office;

    @Inject
    private StatisticsWriter writer;

    public VersionStatistics of(long versionId, Locale locale) {
        office.requireKeeper();
        ListVersion version = versions.find(versionId).orElseThrow(NotFoundException::new);
        FeedbackStatistics statistics = FeedbackStatistics.of(feedbacks.tally(versionId));
        List<VersionStatistics.ItemLine> items = version.getItems().stream()
                .map(item -> new VersionStatistics.ItemLine(
                        item.getPosition(),
                        item.getKey(),
                        item.getKind(),
                        item.getStage().name(locale),
                        item.getTitle(),
                        statistics.item(item.getId())))
                .toList();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        Map<String, String> townNames = new HashMap<>();
        for (Place place : places.findAll()) {
            if (place.getLevel() == PlaceLevel.TOWN) {
                townNames.put(
                        place.getCode(),
                        english
                                        && place.getNameEn() != null
                                        && !place.getNameEn().isBlank()
                                ? place.getNameEn()
                                : place.getName());
            }
        }
        List<VersionStatistics.TownLine> towns = statistics.byTown().entrySet().stream()
                .map(e -> new VersionStatistics.TownLine(
                        e.getKey().isEmpty() ? null : e.getKey(),
                        e.getKey().isEmpty() ? null : townNames.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue()))
                .toList();
        return new VersionStatistics(
                version.getId(), version.getNumber(), version.getTitle(), statistics.total(), items, towns);
    }

    /** The same figures as an .xlsx workbook. */
    public void export(long versionId, Locale locale, OutputStream out) {
        VersionStatistics statistics = of(versionId, locale);
        try {
            writer.write(statistics, locale, out);
        } catch (IOException e) {
            // the download is already on its way; there is no page left to tell
            LOG.log(
                    Level.WARNING,
                    "Rights statistics export of v" + statistics.number() + " broke off: " + e.getMessage());
        }
    }
}
