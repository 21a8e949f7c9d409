package org.bianmin.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bianmin.notification.application.SendFailure;
import org.bianmin.notification.domain.Notification;
import org.bianmin.shared.domain.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The HTTP gateway sender")
class HttpGatewaySenderTest {

    private HttpServer gateway;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private URI url;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/sms", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        gateway.start();
        url = URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private static Notification villager() {
        return Notification.toVillager(
                PhoneNumber.parse("13812345678"), "phone.code", Map.of("code", "1"), null, LocalDateTime.now());
    }

    @Test
    void postsPhoneAndTextAsJsonWithTheToken() throws SendFailure {
        new HttpGatewaySender(url, "s3cret").send(villager(), "【安居便民】说 \"你好\"\n第二行");

        assertThat(body.get()).isEqualTo("{\"phone\":\"13812345678\",\"text\":\"【安居便民】说 \\\"你好\\\"\\n第二行\"}");
        assertThat(authorization.get()).isEqualTo("Bearer s3cret");
        assertThat(contentType.get()).startsWith("application/json");
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() throws SendFailure {
        new HttpGatewaySender(url, " ").send(villager(), "t");

        assertThat(authorization.get()).isNull();
    }

    @Test
    void anAnswerOtherThan2xxIsAFailureNamingOnlyTheStatus() {
        status.set(503);

        assertThatThrownBy(() -> new HttpGatewaySender(url, null).send(villager(), "t"))
                .isInstanceOf(SendFailure.class)
                .hasMessage("SMS gateway answered HTTP 503");
    }

    @Test
    void anUnreachableGatewayIsAFailureWithoutTheAddress() {
        gateway.stop(0);

        assertThatThrownBy(() -> new HttpGatewaySender(url, null).send(villager(), "t"))
                .isInstanceOf(SendFailure.class)
                .message()
                .startsWith("SMS gateway unreachable")
                .doesNotContain("127.0.0.1");
    }

    @Test
    void aStaffMemberHasNoNumberToSendTo() {
        Notification staff = Notification.toStaff(3, "staff.reminder", Map.of(), null, LocalDateTime.now());

        assertThatThrownBy(() -> new HttpGatewaySender(url, null).send(staff, "t"))
                .isInstanceOf(SendFailure.class);
        assertThat(body.get()).isNull();
    }

    @Test
    void escapesControlCharactersForJson() {
        assertThat(HttpGatewaySender.body("1", "a\tb\u0001c\\"))
                .isEqualTo("{\"phone\":\"1\",\"text\":\"a\\tb\\u0001c\\\\\"}");
    }
}
