package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestServer.class)
class HealthAndErrorsIT {

    @Test
    void healthReportsTheDatabaseUp() {
        HttpResponse<String> response = new PortalClient().get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\"").contains("UP");
    }

    @Test
    void anUnknownAddressGetsTheFriendlyNotFoundPage() {
        HttpResponse<String> response = new PortalClient().get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在");
        Pages.assertNoStackTrace(response.body());
    }

    @Test
    void aBrokenFormPostShowsNoStackTrace() {
        PortalClient client = new PortalClient();
        HttpResponse<String> response = client.submit(
                "/login", "login", java.util.Map.of("username", "x".repeat(5000), "password", "y"), "signIn");
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body());
        Pages.assertNoStackTrace(response.body());
    }

    @Test
    void theLanguageSwitchKeepsVisitorsOnThisSite() {
        HttpResponse<String> response = new PortalClient().get("/lang?to=en&back=//evil.example/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("evil"));
    }
}
