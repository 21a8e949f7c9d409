package org.bianmin.rights.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.rights.domain.ListVersion;
import org.bianmin.rights.domain.ListVersionRepository;
import org.bianmin.rights.domain.VersionStatus;

@ApplicationScoped
public class JpaListVersionRepository implements ListVersionRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<ListVersion> find(long id) {
        return Optional.ofNullable(em.find(ListVersion.class, id));
    }

    @Override
    public Optional<ListVersion> findByNumber(int number) {
        return em.createQuery("select v from ListVersion v where v.number = :number", ListVersion.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ListVersion> published() {
        return withStatus(VersionStatus.PUBLISHED);
    }

    @Override
    public Optional<ListVersion> draft() {
        return withStatus(VersionStatus.DRAFT);
    }

    private Optional<ListVersion> withStatus(VersionStatus status) {
        return em.createQuery("select v from ListVersion v where v.status = :status", ListVersion.class)
                .setParameter("status", status)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ListVersion> findAll() {
        return em.createQuery("select v from ListVersion v order by v.number desc", ListVersion.class)
                .getResultList();
    }

    @Override
    public List<ListVersion> findReleased() {
        return em.createQuery(
                        "select v from ListVersion v where v.status <> :draft order by v.number desc",
                        ListVersion.class)
                .setParameter("draft", VersionStatus.DRAFT)
                .getResultList();
    }

    @Override
    public int nextNumber() {
        Integer max = em.createQuery("select max(v.number) from ListVersion v", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public ListVersion save(ListVersion version) {
        if (version.isNew()) {
            em.persist(version);
            em.flush();
            return version;
        }
        ListVersion merged = em.merge(version);
        // changes to items do not touch the version's own row: count every edit, so a stale page is always noticed
        em.lock(merged, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return merged;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
