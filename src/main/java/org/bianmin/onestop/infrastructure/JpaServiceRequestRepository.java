package org.bianmin.onestop.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.onestop.domain.RequestFile;
import org.bianmin.onestop.domain.RequestFileInfo;
import org.bianmin.onestop.domain.ServiceRequest;
import org.bianmin.onestop.domain.ServiceRequestRepository;

@ApplicationScoped
public class JpaServiceRequestRepository implements ServiceRequestRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public ServiceRequest save(ServiceRequest request) {
        if (request.isNew()) {
            em.persist(request);
            em.flush();
            return request;
        }
        return em.merge(request);
    }

    @Override
    public Optional<ServiceRequest> find(long id) {
        return Optional.ofNullable(em.find(ServiceRequest.class, id));
    }

    @Override
    public Optional<ServiceRequest> findByMatter(long matterId) {
        return em.createQuery("select r from ServiceRequest r where r.matterId = :matter", ServiceRequest.class)
                .setParameter("matter", matterId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ServiceRequest> filedBy(long helperId, int max) {
        return em.createQuery(
                        "select r from ServiceRequest r where r.helperId = :helper order by r.createdAt desc, r.id desc",
                        ServiceRequest.class)
                .setParameter("helper", helperId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public RequestFile addFile(RequestFile file) {
        em.persist(file);
        return file;
    }

    @Override
    public List<RequestFileInfo> files(long requestId) {
        return em.createQuery(
                        "select new org.bianmin.onestop.domain.RequestFileInfo("
                                + "f.id, f.requestId, f.fileName, f.kind, f.sizeBytes)"
                                + " from RequestFile f where f.requestId = :request order by f.id",
                        RequestFileInfo.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    @Override
    public Optional<RequestFile> file(long fileId) {
        return Optional.ofNullable(em.find(RequestFile.class, fileId));
    }
}
