package org.bianmin.onestop.domain;

import java.util.List;
import java.util.Optional;

public interface ServiceItemRepository {

    Optional<ServiceItem> find(long id);

    Optional<ServiceItem> findByCode(String code);

    /** Every item, active or not, by category and code: the admin list. */
    List<ServiceItem> findAll();

    /** Active items by category and code: what villagers may ask for. */
    List<ServiceItem> findActive();

    ServiceItem save(ServiceItem item);
}
