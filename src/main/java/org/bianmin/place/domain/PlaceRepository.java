package org.bianmin.place.domain;

import java.util.List;
import java.util.Optional;

public interface PlaceRepository {

    Optional<Place> find(long id);

    Optional<Place> findByCode(String code);

    List<Place> findAll();

    List<Place> findActive(PlaceLevel level);

    long countActiveChildren(Place parent);

    Place save(Place place);
}
