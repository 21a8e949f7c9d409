package org.bianmin.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.bianmin.notification.application.MessageSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the one {@link MessageSender}: the HTTP gateway when {@code bianmin.sms.url} (environment
 * {@code BIANMIN_SMS_URL}) is set, otherwise the log-only sender, so development and the demo never send real SMS.
 */
@ApplicationScoped
public class MessageSenders {

    private static final Logger LOG = Logger.getLogger(MessageSenders.class.getName());

    @Inject
    @ConfigProperty(name = "bianmin.sms.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "bianmin.sms.token")
    private Optional<String> token;

    @Produces
    @ApplicationScoped
    MessageSender sender() {
        return choose(url.orElse(null), token.orElse(null));
    }

    static MessageSender choose(String url, String token) {
        if (url == null || url.isBlank()) {
            LOG.info("SMS are only logged: bianmin.sms.url is not set");
            return new LoggingSender();
        }
        URI address;
        try {
            address = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bianmin.sms.url is not a valid address", e);
        }
        HttpGatewaySender gateway = new HttpGatewaySender(address, token);
        // scheme and host only: the path or query may carry a key
        LOG.info(() -> "SMS go to the gateway at " + address.getScheme() + "://" + address.getHost()
                + (token == null || token.isBlank() ? " (no token)" : " (with token)"));
        return gateway;
    }
}
