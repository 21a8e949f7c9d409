package org.bianmin.notice.web.pub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bianmin.notice.application.BoardChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered board pages, kept for a few seconds per address and language, so that a crowd scanning the same village's
 * QR poster costs one rendering per page every few seconds. Per node; an objection filed or answered on this node
 * drops them at once, other changes (a disclosure published) show within the time a copy is kept.
 */
@ApplicationScoped
public class BoardCache {

    private static final int MAX_ENTRIES = 500;

    /** A rendered page: its bytes, content type and validator, and until when it may be used. */
    record Page(byte[] body, String contentType, String etag, long expiresAtNanos) {}

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "bianmin.notice.board-cache-seconds", defaultValue = "5")
    private int seconds;

    Page get(String key) {
        Page page = pages.get(key);
        if (page == null) {
            return null;
        }
        if (System.nanoTime() - page.expiresAtNanos() > 0) {
            pages.remove(key, page);
            return null;
        }
        return page;
    }

    /** Makes the validator for a body and keeps the page if copies are kept at all. */
    Page put(String key, byte[] body, String contentType) {
        Page page = new Page(body, contentType, etag(body), System.nanoTime() + seconds * 1_000_000_000L);
        if (seconds > 0) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear(); // many distinct addresses (e.g. searches): forgetting is cheaper than bookkeeping
            }
            pages.put(key, page);
        }
        return page;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        pages.clear();
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(hash)
                            .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(String path, String query, String language) {
        return path + (query == null ? "" : "?" + query) + "|" + language;
    }
}
