package org.bianmin.place.domain;

import java.util.List;
import java.util.Optional;

public interface OfficeRepository {

    Optional<Office> find(long id);

    Optional<Office> findByCode(String code);

    List<Office> findAll();

    List<Office> findActive();

    Office save(Office office);
}
