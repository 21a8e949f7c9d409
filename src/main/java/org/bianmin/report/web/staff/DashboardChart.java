package org.bianmin.report.web.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Json;

/**
 * The Chart.js configuration of the dashboard's bar chart: received, resolved and overdue per office. PrimeFaces 15's
 * {@code p:chart} takes the configuration as JSON (its Java chart models are gone), so it is built here from maps.
 */
final class DashboardChart {

    private static final String RECEIVED_COLOUR = "#2563eb";
    private static final String RESOLVED_COLOUR = "#16a34a";
    private static final String OVERDUE_COLOUR = "#dc2626";

    private DashboardChart() {}

    /**
     * @param lines the offices, without the total
     * @param legend the labels of the three series: received, resolved, overdue
     */
    static String json(List<FigureLine> lines, List<String> legend) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", lines.stream().map(FigureLine::getName).toList());
        data.put(
                "datasets",
                List.of(
                        dataset(
                                legend.get(0),
                                RECEIVED_COLOUR,
                                lines.stream().map(FigureLine::getReceived).toList()),
                        dataset(
                                legend.get(1),
                                RESOLVED_COLOUR,
                                lines.stream().map(FigureLine::getResolved).toList()),
                        dataset(
                                legend.get(2),
                                OVERDUE_COLOUR,
                                lines.stream().map(FigureLine::getOverdue).toList())));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put("data", data);
        config.put(
                "options",
                Map.of(
                        "responsive", true,
                        "scales", Map.of("y", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0))),
                        "plugins", Map.of("legend", Map.of("position", "bottom"))));
        return Json.encode(config);
    }

    private static Map<String, Object> dataset(String label, String colour, List<Long> values) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("backgroundColor", colour);
        dataset.put("data", values);
        return dataset;
    }
}
