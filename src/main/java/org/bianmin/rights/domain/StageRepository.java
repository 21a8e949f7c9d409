package org.bianmin.rights.domain;

import java.util.List;
import java.util.Optional;

public interface StageRepository {

    /** Every stage, in their order. */
    List<Stage> findAll();

    Optional<Stage> find(long id);

    Optional<Stage> findByCode(String code);

    Stage save(Stage stage);
}
