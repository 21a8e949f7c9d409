package org.bianmin.eldercare.application;

/** The parts of the application form, one kiosk screen each; checked part by part or all at once. */
public enum FormPart {
    /** name, ID number, phone, address */
    ELDER,
    /** living situations, health notes with consent */
    SITUATION,
    /** guardian or contact, who applies */
    CONTACT,
    /** the services wanted */
    SERVICES
}
