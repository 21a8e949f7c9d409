package org.bianmin.matter.domain;

import java.util.List;
import java.util.Optional;

public interface DispatchRuleRepository {

    List<DispatchRule> findAll();

    List<DispatchRule> findActive();

    Optional<DispatchRule> find(long id);

    DispatchRule save(DispatchRule rule);
}
