package org.bianmin.notification.domain;

import java.time.LocalDateTime;
import java.util.List;

public interface NotificationRepository {

    Notification save(Notification notification);

    /**
     * Up to {@code max} pending notifications due at {@code now}, oldest due first, locked until the calling
     * transaction ends. Rows another transaction holds are skipped rather than waited for, so several server
     * instances draining the outbox at once never pick the same row.
     */
    List<Notification> lockDue(LocalDateTime now, int max);

    /** The newest notifications, newest first, for the demo's message viewer. */
    List<Notification> recentForDemo(int max);
}
