package org.bianmin.notice.application;

/** What a person typed to object to a notice (checked by {@link ObjectionService}). */
public record ObjectionForm(long noticeId, String name, String phone, String code, String reason) {}
