package org.bianmin.kiosk.application;

/** The kiosk a request comes from: which device, and the village it serves. */
public record EnrolledKiosk(long deviceId, String name, String villageCode, String villageName) {}
