package org.bianmin.eldercare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * 公示异议: an objection to a posted application, filed as a matter routed to the town; the objector's name and phone
 * stay on the matter.
 */
@Entity
@Table(name = "care_objection")
public class CareObjection extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_BODY = 500;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "body", nullable = false, length = MAX_BODY, updatable = false)
    private String body;

    protected CareObjection() {}

    public CareObjection(long applicationId, long matterId, String body) {
        this.applicationId = applicationId;
        this.matterId = matterId;
        this.body = checkedBody(body);
    }

    public static String checkedBody(String body) {
        String t = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > MAX_BODY) {
            throw new BusinessException("eldercare.error.objectionBody", MAX_BODY);
        }
        return t;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getMatterId() {
        return matterId;
    }

    public String getBody() {
        return body;
    }
}
