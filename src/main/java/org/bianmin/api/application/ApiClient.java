package org.bianmin.api.application;

/** The outside system behind a valid API key: what the filing and the throttle need to know of it. */
public record ApiClient(long keyId, String name) {}
