package org.bianmin.onestop.domain;

/** How a villager gave consent for a helper to act on their behalf. */
public enum ConsentMethod {
    /** signed the entrustment form (委托书) */
    SIGNED_FORM,
    /** pressed a fingerprint on the form */
    FINGERPRINT,
    /** said so in person, with a witness */
    IN_PERSON_VERBAL,
    /** by phone, recorded */
    PHONE
}
