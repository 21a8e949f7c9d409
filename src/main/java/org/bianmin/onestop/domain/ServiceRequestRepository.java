package org.bianmin.onestop.domain;

import java.util.List;
import java.util.Optional;

public interface ServiceRequestRepository {

    ServiceRequest save(ServiceRequest request);

    Optional<ServiceRequest> find(long id);

    Optional<ServiceRequest> findByMatter(long matterId);

    /** The requests a helper filed, newest first. */
    List<ServiceRequest> filedBy(long helperId, int max);

    RequestFile addFile(RequestFile file);

    /** The files of a request without their content. */
    List<RequestFileInfo> files(long requestId);

    Optional<RequestFile> file(long fileId);
}
