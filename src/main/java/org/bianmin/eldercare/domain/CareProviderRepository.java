package org.bianmin.eldercare.domain;

import java.util.List;
import java.util.Optional;

/** Home-care providers. */
public interface CareProviderRepository {

    Optional<CareProvider> find(long id);

    Optional<CareProvider> findByName(String name);

    List<CareProvider> findAll();

    CareProvider save(CareProvider provider);
}
