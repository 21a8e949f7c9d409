package org.bianmin.notice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;

/**
 * The active towns and villages for the board's filter, read at most once a minute: the board is read far more often
 * than an administrator renames a village, and reading the places on every rendering cost most of the page's time.
 */
@ApplicationScoped
public class BoardPlaces {

    private static final long TTL_NANOS = 60_000_000_000L;

    private record Snapshot(List<BoardPlace> towns, Map<String, List<BoardPlace>> villagesByTown, long readAt) {}

    @Inject
    private PlaceRepository places;

    private volatile Snapshot snapshot;

    public List<BoardPlace> towns() {
        return current().towns();
    }

    public List<BoardPlace> villagesOf(String townCode) {
        return current().villagesByTown().getOrDefault(townCode, List.of());
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAt() > TTL_NANOS) {
            List<BoardPlace> towns = places.findActive(PlaceLevel.TOWN).stream()
                    .map(p -> new BoardPlace(p.getCode(), p.getName(), p.getNameEn()))
                    .toList();
            Map<String, List<BoardPlace>> villages = places.findActive(PlaceLevel.VILLAGE).stream()
                    .map(p -> new BoardPlace(p.getCode(), p.getName(), p.getNameEn()))
                    .collect(Collectors.groupingBy(BoardPlace::townCode, Collectors.toList()));
            s = new Snapshot(towns, villages, System.nanoTime());
            snapshot = s;
        }
        return s;
    }
}
