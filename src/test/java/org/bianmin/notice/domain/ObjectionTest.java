package org.bianmin.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bianmin.matter.domain.Channel;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.Test;

class ObjectionTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final DisclosurePeriod WEEK = DisclosurePeriod.days(MONDAY, 7);

    @Test
    void anObjectionIsTakenFromTheFirstToTheLastDayOfThePeriod() {
        assertThat(Objection.check(WEEK, MONDAY, "  价格太高  ")).isEqualTo("价格太高");
        assertThat(Objection.check(WEEK, LocalDate.of(2026, 3, 8), "最后一天")).isEqualTo("最后一天");
    }

    @Test
    void anObjectionAfterThePeriodIsRefusedNamingTheLastDay() {
        assertThatThrownBy(() -> Objection.check(WEEK, LocalDate.of(2026, 3, 9), "晚了一天"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("notice_objection.error.closed")
                .satisfies(e ->
                        assertThat(((BusinessException) e).getArguments()).containsExactly(LocalDate.of(2026, 3, 8)));
    }

    @Test
    void anObjectionBeforeThePeriodIsRefusedNamingTheFirstDay() {
        assertThatThrownBy(() -> Objection.check(WEEK, MONDAY.minusDays(1), "早了一天"))
                .hasMessage("notice_objection.error.notYet")
                .satisfies(
                        e -> assertThat(((BusinessException) e).getArguments()).containsExactly(MONDAY));
    }

    @Test
    void theReasonIsRequiredAndAtMost500Characters() {
        assertThatThrownBy(() -> Objection.check(WEEK, MONDAY, "   ")).hasMessage("notice_objection.error.reason");
        assertThatThrownBy(() -> Objection.check(WEEK, MONDAY, null)).hasMessage("notice_objection.error.reason");
        assertThat(Objection.check(WEEK, MONDAY, "异".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> Objection.check(WEEK, MONDAY, "异".repeat(501)))
                .hasMessage("notice_objection.error.reasonTooLong");
        // characters, not UTF-16 units: 500 characters outside the BMP are still 500
        assertThat(Objection.check(WEEK, MONDAY, "𠀀".repeat(500))).hasSize(1000);
    }

    @Test
    void thePeriodIsCheckedBeforeTheReason() {
        assertThatThrownBy(() -> Objection.check(WEEK, LocalDate.of(2026, 3, 9), ""))
                .hasMessage("notice_objection.error.closed");
    }

    @Test
    void theOfficesReplyBecomesThePublicAnswerAndALaterReplyReplacesIt() {
        Objection objection = Objection.filed(1, 2, 3, Channel.WEB, WEEK, "理由", LocalDateTime.of(2026, 3, 3, 10, 0));
        assertThat(objection.isAnswered()).isFalse();

        assertThat(objection.answeredThroughMatter("  ", LocalDateTime.of(2026, 3, 5, 9, 0)))
                .isFalse();
        assertThat(objection.answeredThroughMatter("已核实，按决议执行。", LocalDateTime.of(2026, 3, 5, 9, 0)))
                .isTrue();
        assertThat(objection.answeredThroughMatter("已核实，按决议执行。", LocalDateTime.of(2026, 3, 6, 9, 0)))
                .as("the same reply again changes nothing")
                .isFalse();
        assertThat(objection.getAnsweredAt()).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 0));
        assertThat(objection.answeredThroughMatter("重新核实后调整方案。", LocalDateTime.of(2026, 3, 7, 9, 0)))
                .isTrue();
        assertThat(objection.getAnswer()).isEqualTo("重新核实后调整方案。");
    }

    @Test
    void anObjectionFiledAfterThePeriodCannotBeMade() {
        assertThatThrownBy(() ->
                        Objection.filed(1, 2, 3, Channel.KIOSK, WEEK, "理由", LocalDateTime.of(2026, 3, 9, 0, 0, 1)))
                .hasMessage("notice_objection.error.closed");
    }
}
