package org.bianmin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnoredBecauseAnybodyCanWriteIt() {
        assertThat(ClientAddress.resolve("203.0.113.7", "1.2.3.4", Set.of())).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.resolve("203.0.113.7", "1.2.3.4", PROXY)).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTheTrustedProxyTheClientIsTheRightMostAddressThatIsNotTheProxy() {
        assertThat(ClientAddress.resolve("10.0.0.5", "198.51.100.20", PROXY)).isEqualTo("198.51.100.20");
        // a client that forges a first hop cannot choose its own address: the proxy appends the real one
        assertThat(ClientAddress.resolve("10.0.0.5", "1.1.1.1, 198.51.100.20", PROXY))
                .isEqualTo("198.51.100.20");
        assertThat(ClientAddress.resolve("10.0.0.5", "198.51.100.20, 10.0.0.5", PROXY))
                .isEqualTo("198.51.100.20");
    }

    @Test
    void aProxyRequestWithoutTheHeaderIsTheProxysOwn() {
        assertThat(ClientAddress.resolve("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.resolve("10.0.0.5", " , ", PROXY)).isEqualTo("10.0.0.5");
    }
}
