package org.bianmin.onestop.application;

import java.io.Serializable;
import java.util.List;
import org.bianmin.onestop.domain.RequestFileInfo;
import org.bianmin.onestop.domain.ServiceRequest;

/** A request's answers, consent and helper steps with the list of its files (not their content). */
public record RequestDetails(ServiceRequest request, List<RequestFileInfo> files) implements Serializable {

    // JavaBean getters: Jakarta EL 5 (Faces 4.0) does not see record accessors.

    public ServiceRequest getRequest() {
        return request;
    }

    public List<RequestFileInfo> getFiles() {
        return files;
    }
}
