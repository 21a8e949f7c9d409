package org.bianmin.matter.domain;

/** How a matter came in. */
public enum Channel {
    KIOSK,
    /** 帮办代办: a service-room helper filed it on the villager's behalf */
    HELPER,
    STAFF,
    /** online, by the person themselves (the public pages) */
    WEB,
    API,
    /** opened by the portal itself, such as a rectification after a bad rating */
    SYSTEM
}
