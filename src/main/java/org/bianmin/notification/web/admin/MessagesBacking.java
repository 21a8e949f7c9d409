package org.bianmin.notification.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bianmin.notification.application.DemoMessages;
import org.bianmin.notification.application.DemoMessages.DemoMessage;

/** /admin/messages: in demo mode, the last messages the portal would have sent by SMS. */
@Named
@RequestScoped
public class MessagesBacking {

    @Inject
    private DemoMessages demoMessages;

    private List<DemoMessage> messages = List.of();

    @PostConstruct
    void load() {
        if (demoMessages.isAvailable()) {
            messages = demoMessages.recent(100);
        }
    }

    public boolean isAvailable() {
        return demoMessages.isAvailable();
    }

    public List<DemoMessage> getMessages() {
        return messages;
    }
}
