package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One application on a village's public board: only the masked name, the village and the services applied for
 * (never the ID number, phone, address, situations or health), and the posting's days.
 */
public record PostedApplication(
        long id, String maskedName, String villageName, List<String> services, LocalDate startsOn, LocalDate endsOn)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getMaskedName() {
        return maskedName;
    }

    public String getVillageName() {
        return villageName;
    }

    public List<String> getServices() {
        return services;
    }

    public String getServicesText() {
        return String.join("、", services);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
