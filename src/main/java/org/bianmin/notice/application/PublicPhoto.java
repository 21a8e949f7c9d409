package org.bianmin.notice.application;

/** A result photo that may be shown publicly, with the type the portal checked when it was stored. */
public record PublicPhoto(long id, String contentType, byte[] content) {}
