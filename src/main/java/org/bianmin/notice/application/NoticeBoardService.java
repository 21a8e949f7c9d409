package org.bianmin.notice.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.infrastructure.QrCodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public notice board (四议两公开): notices by town and village, newest first, one notice with its meetings and
 * disclosures, and the village QR posters (一村一码). No sign-in and nothing personal: everything here may be shown to
 * anyone, which is why it needs no permission check.
 */
@Stateless
public class NoticeBoardService {

    /** Days are counted in the district's time zone, whatever the server's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    private NoticeBoardReader queries;

    @Inject
    private PlaceRepository places;

    @Inject
    private QrCodes qrCodes;

    /** The address people reach the portal at, as printed on receipts and posters. */
    @Inject
    @ConfigProperty(name = "bianmin.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public BoardPage board(NoticeBoardFilter filter) {
        return queries.board(filter, today());
    }

    public Optional<PublicNotice> notice(long id) {
        return queries.notice(id, today());
    }

    public Optional<PublicPhoto> photo(long id) {
        return queries.photo(id);
    }

    public List<BoardCategory> categories() {
        return queries.categories();
    }

    public List<Place> towns() {
        return places.findActive(PlaceLevel.TOWN).stream()
                .sorted(Comparator.comparing(Place::getCode))
                .toList();
    }

    /** The active villages of a town (all of them when no town is given), by code. */
    public List<Place> villages(String townCode) {
        return places.findActive(PlaceLevel.VILLAGE).stream()
                .filter(v -> townCode == null || v.getCode().startsWith(townCode))
                .sorted(Comparator.comparing(Place::getCode))
                .toList();
    }

    /** An active village or town by its code. */
    public Optional<Place> place(String code, PlaceLevel level) {
        return code == null
                ? Optional.empty()
                : places.findByCode(code).filter(p -> p.getLevel() == level && p.isActive());
    }

    /** The board's permanent address for one village: what its QR poster encodes. */
    public String villageBoardUrl(String villageCode) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/public/notices/village/" + villageCode;
    }

    /** A QR code (PNG data URI) of an address, for a poster. */
    public String qrCode(String url) {
        return qrCodes.pngDataUri(url);
    }
}
