package org.bianmin.notice.application;

/**
 * Fired when something on the public board changed (an objection filed or answered), so that copies of rendered board
 * pages are dropped once the change is committed instead of waiting for them to expire.
 */
public record BoardChanged(long noticeId) {}
