package org.bianmin.notification.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bianmin.notification.application.MessageSender;
import org.bianmin.notification.application.SendFailure;
import org.bianmin.notification.domain.Notification;
import org.bianmin.notification.domain.RecipientKind;

/**
 * Hands each message to an SMS gateway over HTTP: {@code POST <bianmin.sms.url>} with the JSON body
 * {@code {"phone": "13812345678", "text": "…"}} and, when {@code bianmin.sms.token} is set, {@code Authorization:
 * Bearer <token>}. Any 2xx answer counts as sent; anything else, or no answer within 10 seconds, is a
 * {@link SendFailure} whose message names only the status or the kind of error.
 */
public class HttpGatewaySender implements MessageSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final String token;
    private final HttpClient client;

    public HttpGatewaySender(URI url, String token) {
        this(
                url,
                token,
                HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }

    HttpGatewaySender(URI url, String token, HttpClient client) {
        String scheme = url.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("bianmin.sms.url must be an http or https address");
        }
        this.url = url;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.client = client;
    }

    @Override
    public void send(Notification notification, String text) throws SendFailure {
        if (notification.getRecipientKind() != RecipientKind.VILLAGER || notification.getRecipientPhone() == null) {
            // user_account holds no phone number yet, so a staff member cannot be reached by SMS
            throw new SendFailure(
                    "no mobile number on file for this " + notification.getRecipientKind() + " recipient");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body(notification.getRecipientPhone(), text), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        int status;
        try {
            status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            // the exception's own message may repeat the address, so only its kind is kept
            throw new SendFailure("SMS gateway unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailure("interrupted while sending", e);
        }
        if (status < 200 || status > 299) {
            throw new SendFailure("SMS gateway answered HTTP " + status);
        }
    }

    static String body(String phone, String text) {
        return "{\"phone\":" + json(phone) + ",\"text\":" + json(text) + "}";
    }

    private static String json(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
