package org.bianmin.notice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/** Whether a town reviews (乡镇审核) its villages' resolution disclosures before they go public. */
@Entity
@Table(name = "decision_town_setting")
public class DecisionTownSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "town_code", length = 12)
    private String townCode;

    @Column(name = "review_required", nullable = false)
    private boolean reviewRequired;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected DecisionTownSetting() {}

    public DecisionTownSetting(String townCode, boolean reviewRequired) {
        this.townCode = townCode;
        this.reviewRequired = reviewRequired;
    }

    @PrePersist
    void onCreate() {
        createdAt = LocalDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = LocalDateTime.now();
    }

    public String getTownCode() {
        return townCode;
    }

    public boolean isReviewRequired() {
        return reviewRequired;
    }

    public void setReviewRequired(boolean reviewRequired) {
        this.reviewRequired = reviewRequired;
    }
}
