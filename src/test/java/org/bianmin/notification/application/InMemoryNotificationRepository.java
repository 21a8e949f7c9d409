package org.bianmin.notification.application;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bianmin.notification.domain.Notification;
import org.bianmin.notification.domain.NotificationRepository;

/** A repository that only remembers what was saved, for tests of the services. */
public class InMemoryNotificationRepository implements NotificationRepository {

    public final List<Notification> saved = new ArrayList<>();

    @Override
    public Notification save(Notification notification) {
        if (!saved.contains(notification) || notification.getId() == null) {
            saved.add(notification);
        }
        return notification;
    }

    @Override
    public List<Notification> lockDue(LocalDateTime now, int max) {
        return saved.stream()
                .filter(n -> n.isDue(now))
                .sorted(Comparator.comparing(Notification::getNextAttemptAt))
                .limit(max)
                .toList();
    }

    @Override
    public List<Notification> recentForDemo(int max) {
        List<Notification> newestFirst = new ArrayList<>(saved);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(max).toList();
    }
}
