package org.bianmin.notification.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.Permission;
import org.bianmin.notification.domain.NotificationRepository;
import org.bianmin.notification.domain.NotificationStatus;
import org.bianmin.notification.domain.RecipientKind;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.Masking;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode there is no SMS gateway, so the administrator can read here what would have been sent. Only in demo
 * mode, and with the phone masked: even demo data are treated as personal data.
 */
@Stateless
public class DemoMessages {

    @Inject
    private NotificationRepository notifications;

    @Inject
    private MessageTexts texts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "bianmin.demo", defaultValue = "false")
    private boolean demo;

    public boolean isAvailable() {
        return demo;
    }

    public List<DemoMessage> recent(int max) {
        currentUser.require(Permission.AREA_ADMIN);
        if (!demo) {
            throw new AccessDeniedException();
        }
        return notifications.recentForDemo(max).stream()
                .map(n -> new DemoMessage(
                        n.getCreatedAt(),
                        n.getRecipientKind(),
                        n.getRecipientKind() == RecipientKind.VILLAGER
                                ? Masking.phone(n.getRecipientPhone())
                                : "#" + n.getRecipientUserId(),
                        n.getReference(),
                        n.getStatus(),
                        texts.render(n)))
                .toList();
    }

    /** One message as the recipient would have read it. */
    public record DemoMessage(
            LocalDateTime createdAt,
            RecipientKind kind,
            String recipient,
            String reference,
            NotificationStatus status,
            String text)
            implements Serializable {

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }

        public RecipientKind getKind() {
            return kind;
        }

        public String getRecipient() {
            return recipient;
        }

        public String getReference() {
            return reference;
        }

        public NotificationStatus getStatus() {
            return status;
        }

        public String getText() {
            return text;
        }
    }
}
