package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core on the page the browser shows: no serious or critical violation of WCAG 2.1 A/AA. */
public final class Accessibility {

    private Accessibility() {}

    public static void assertNoSeriousViolations(WebDriver browser, String page) {
        if (!Browsers.realBrowser()) {
            return; // axe needs a real browser engine; CI always has Chromium
        }
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(
                        "axe on %s: %s",
                        page,
                        serious.stream()
                                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }
}
