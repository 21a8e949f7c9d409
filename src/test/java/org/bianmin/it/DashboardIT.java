package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The office dashboard and the ledger download, within the staff member's scope and audited. */
@ExtendWith(TestServer.class)
class DashboardIT {

    @Test
    void townStaffSeeTheirOfficeFiguresAndDownloadTheLedger() throws SQLException {
        Matters.insert("TC-510904110", "510904110201", "SUBMITTED", null);
        PortalClient client = new PortalClient();
        client.signIn("sanjia.staff", Demo.PASSWORD);

        HttpResponse<String> page = client.get("/staff/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("三家镇便民服务中心").doesNotContain("玉丰镇便民服务中心");

        String today = LocalDate.now().toString();
        HttpResponse<String> ledger = client.submit(
                "/staff/dashboard",
                "dashboard",
                Map.of("from_input", today.substring(0, 8) + "01", "to_input", today),
                "ledger");
        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
        assertThat(ledger.body()).startsWith("PK"); // an .xlsx is a zip file
        assertThat(Demo.count("select count(*) from audit_entry where actor_name = 'sanjia.staff'"
                        + " and object_type = 'ledger' and summary like 'LEDGER_EXPORT%'"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void villageClerksCannotOpenTheDashboard() {
        PortalClient client = new PortalClient();
        client.signIn("sanmen.clerk", Demo.PASSWORD);
        assertThat(client.get("/staff/dashboard").statusCode()).isEqualTo(403);
    }
}
