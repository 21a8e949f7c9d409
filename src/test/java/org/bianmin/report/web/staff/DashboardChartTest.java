package org.bianmin.report.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bianmin.report.application.DashboardRow;
import org.bianmin.report.application.Figures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The dashboard's bar chart")
class DashboardChartTest {

    private static final List<String> LEGEND = List.of("收件", "办结", "超期");

    private static FigureLine office(String name, long received, long overdue, long resolved) {
        return FigureLine.of(
                new DashboardRow("X", name, null, new Figures(received, overdue, overdue, resolved, 0, 0, 0, 0)),
                Locale.SIMPLIFIED_CHINESE);
    }

    /** OmniFaces writes non-ASCII letters as JSON's \\uXXXX escapes; this reads them back for the assertions. */
    private static String unescaped(String json) {
        return Pattern.compile("\\\\u([0-9a-fA-F]{4})")
                .matcher(json)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    @Test
    void isABarChartOfReceivedResolvedAndOverduePerOffice() {
        String json =
                unescaped(DashboardChart.json(List.of(office("三家镇便民服务中心", 5, 1, 3), office("区民政局", 2, 0, 2)), LEGEND));

        assertThat(json)
                .startsWith("{\"type\":\"bar\"")
                .contains("\"labels\":[\"三家镇便民服务中心\",\"区民政局\"]")
                .contains("{\"label\":\"收件\",\"backgroundColor\":\"#2563eb\",\"data\":[5,2]}")
                .contains("{\"label\":\"办结\",\"backgroundColor\":\"#16a34a\",\"data\":[3,2]}")
                .contains("{\"label\":\"超期\",\"backgroundColor\":\"#dc2626\",\"data\":[1,0]}")
                .contains("\"beginAtZero\":true")
                .doesNotContain("\\u");
    }

    @Test
    void escapesWhatAnOfficeNameCouldSmuggleIntoTheScript() {
        String json = DashboardChart.json(List.of(office("a\"b</script>", 1, 0, 0)), LEGEND);

        assertThat(json).doesNotContain("</script>").contains("a\\\"b");
    }
}
