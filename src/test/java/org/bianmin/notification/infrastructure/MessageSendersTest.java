package org.bianmin.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Choosing the sender")
class MessageSendersTest {

    @Test
    void onlyLogsWithoutAGatewayAddress() {
        assertThat(MessageSenders.choose(null, "token")).isInstanceOf(LoggingSender.class);
        assertThat(MessageSenders.choose("  ", null)).isInstanceOf(LoggingSender.class);
    }

    @Test
    void usesTheGatewayWhenItsAddressIsSet() {
        assertThat(MessageSenders.choose("https://sms.example.org/send", "t")).isInstanceOf(HttpGatewaySender.class);
    }

    @Test
    void refusesAnAddressThatIsNotHttp() {
        assertThatThrownBy(() -> MessageSenders.choose("ftp://sms.example.org/", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageSenders.choose("not an address", null))
                .isInstanceOf(IllegalStateException.class);
    }
}
