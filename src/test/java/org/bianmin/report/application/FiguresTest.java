package org.bianmin.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The dashboard's figures")
class FiguresTest {

    private static Figures resolved(long resolved, long onTime, long workingDays) {
        return new Figures(0, 0, 0, resolved, onTime, workingDays, 0, 0);
    }

    private static Figures rated(long rated, long satisfied) {
        return new Figures(0, 0, 0, 0, 0, 0, rated, satisfied);
    }

    @Nested
    @DisplayName("with nothing to divide by")
    class NothingToDivideBy {

        @Test
        void anOfficeThatResolvedNothingHasNoOnTimeRateRatherThanZero() {
            assertThat(Figures.NONE.onTimePercent()).isNull();
        }

        @Test
        void anOfficeThatResolvedNothingHasNoAverageRatherThanZeroOrNaN() {
            assertThat(Figures.NONE.averageWorkingDaysToResolve()).isNull();
        }

        @Test
        void anOfficeNobodyRatedHasNoSatisfactionRate() {
            assertThat(new Figures(5, 3, 1, 0, 0, 0, 0, 0).satisfactionPercent())
                    .isNull();
        }
    }

    @ParameterizedTest(name = "[{index}] {1} of {0} on time -> {2} %")
    @CsvSource({"1, 1, 100.0", "1, 0, 0.0", "3, 2, 66.7", "3, 1, 33.3", "8, 7, 87.5", "7, 1, 14.3"})
    void theOnTimeRateIsAPercentageWithOneDecimalRoundedHalfUp(long resolved, long onTime, String percent) {
        assertThat(resolved(resolved, onTime, 0).onTimePercent()).isEqualByComparingTo(percent);
    }

    @ParameterizedTest(name = "[{index}] {1} working days over {0} matters -> {2}")
    @CsvSource({"1, 0, 0.0", "2, 3, 1.5", "3, 10, 3.3", "3, 11, 3.7", "4, 2, 0.5"})
    void theAverageIsTheWorkingDaysOverTheResolvedMatters(long resolved, long days, String average) {
        assertThat(resolved(resolved, resolved, days).averageWorkingDaysToResolve())
                .isEqualByComparingTo(average);
    }

    @Test
    void aZeroAverageIsZeroWhenMattersWereResolvedTheDayTheyCameIn() {
        assertThat(resolved(2, 2, 0).averageWorkingDaysToResolve()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void satisfactionIsTheSatisfiedAmongTheRated() {
        assertThat(rated(4, 3).satisfactionPercent()).isEqualByComparingTo("75.0");
        assertThat(rated(3, 0).satisfactionPercent()).isEqualByComparingTo("0.0");
    }

    @Test
    void figuresAddUpFieldByField() {
        Figures one = new Figures(1, 2, 3, 4, 5, 6, 7, 8);
        Figures other = new Figures(10, 20, 30, 40, 50, 60, 70, 80);

        assertThat(one.plus(other)).isEqualTo(new Figures(11, 22, 33, 44, 55, 66, 77, 88));
        assertThat(one.plus(Figures.NONE)).isEqualTo(one);
    }
}
