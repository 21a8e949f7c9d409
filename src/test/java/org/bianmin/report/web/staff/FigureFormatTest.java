package org.bianmin.report.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.bianmin.report.application.DashboardRow;
import org.bianmin.report.application.Figures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("How the dashboard writes its figures")
class FigureFormatTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void noFigureIsADashNeverZeroOrNaN() {
        assertThat(FigureFormat.percent(null, ZH)).isEqualTo("—");
        assertThat(FigureFormat.days(null, ZH)).isEqualTo("—");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"87.5, 87.5%", "100.0, 100%", "0.0, 0%", "66.7, 66.7%", "33.3, 33.3%"})
    void percentagesHaveAtMostOneDecimal(String value, String written) {
        assertThat(FigureFormat.percent(new BigDecimal(value), ZH)).isEqualTo(written);
        assertThat(FigureFormat.percent(new BigDecimal(value), Locale.ENGLISH)).isEqualTo(written);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"3.5, 3.5", "2.0, 2", "0.0, 0", "12.3, 12.3"})
    void daysAreABareNumber(String value, String written) {
        assertThat(FigureFormat.days(new BigDecimal(value), ZH)).isEqualTo(written);
    }

    @Test
    void anOfficeThatResolvedNothingShowsDashesButItsCounts() {
        FigureLine line = FigureLine.of(
                new DashboardRow("TC-510904100", "三家镇便民服务中心", "Sanjia Centre", new Figures(4, 3, 1, 0, 0, 0, 0, 0)),
                ZH);

        assertThat(line.getName()).isEqualTo("三家镇便民服务中心");
        assertThat(line.getReceived()).isEqualTo(4);
        assertThat(line.getResolved()).isZero();
        assertThat(line.getOnTime()).isEqualTo("—");
        assertThat(line.getAverageDays()).isEqualTo("—");
        assertThat(line.getSatisfaction()).isEqualTo("—");
    }

    @Test
    void aLineIsNamedInThePagesLanguageWhenThereIsAName() {
        Figures figures = new Figures(1, 0, 0, 1, 1, 2, 1, 1);

        assertThat(FigureLine.of(new DashboardRow("510904100", "三家镇", "Sanjia", figures), Locale.ENGLISH)
                        .getName())
                .isEqualTo("Sanjia");
        assertThat(FigureLine.of(new DashboardRow("510904101", "玉丰镇", null, figures), Locale.ENGLISH)
                        .getName())
                .isEqualTo("玉丰镇");
        FigureLine line = FigureLine.of(new DashboardRow("510904100", "三家镇", "Sanjia", figures), ZH);
        assertThat(line.getName()).isEqualTo("三家镇");
        assertThat(line.getOnTime()).isEqualTo("100%");
        assertThat(line.getAverageDays()).isEqualTo("2");
        assertThat(line.getSatisfaction()).isEqualTo("100%");
    }
}
