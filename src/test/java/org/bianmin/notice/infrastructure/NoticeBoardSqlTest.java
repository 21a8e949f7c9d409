package org.bianmin.notice.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bianmin.notice.application.NoticeBoardFilter;
import org.junit.jupiter.api.Test;

class NoticeBoardSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    @Test
    void noFilterListsEveryNoticeNewestFirst() {
        NoticeBoardSql sql = NoticeBoardSql.of(NoticeBoardFilter.of(null, null, null, null, null, null, 1), TODAY);
        assertThat(sql.parameters()).containsExactly(TODAY, TODAY);
        assertThat(sql.page())
                .contains("state = 'PUBLISHED'")
                .endsWith(" where 1 = 1 order by d.posted_on desc, m.id desc limit ? offset ?");
        assertThat(sql.count())
                .startsWith("select count(*) from decision_matter m")
                .endsWith(" where 1 = 1");
    }

    @Test
    void everyFilterIsABoundParameterInOrder() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 2, 1);
        NoticeBoardSql sql =
                NoticeBoardSql.of(NoticeBoardFilter.of("510904110", null, "OTHER", from, to, "50%_村道", 1), TODAY);
        assertThat(sql.count())
                .endsWith(" where 1 = 1 and m.village_code like ? and c.code = ? and d.posted_on >= ?"
                        + " and d.posted_on <= ? and m.title like ?")
                .doesNotContain("村道")
                .doesNotContain("OTHER");
        assertThat(sql.parameters()).containsExactly(TODAY, TODAY, "510904110%", "OTHER", from, to, "%50\\%\\_村道%");
    }

    @Test
    void aVillageIsMatchedExactlyAndItsTownIsThenNotNeeded() {
        NoticeBoardSql sql =
                NoticeBoardSql.of(NoticeBoardFilter.of("510904110", "510904110201", null, null, null, null, 1), TODAY);
        assertThat(sql.count()).endsWith(" where 1 = 1 and m.village_code = ?");
        assertThat(sql.parameters()).containsExactly(TODAY, TODAY, "510904110201");
    }

    @Test
    void reversedDatesAreLeftOut() {
        NoticeBoardSql sql = NoticeBoardSql.of(
                NoticeBoardFilter.of(null, null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null, 1),
                TODAY);
        assertThat(sql.count()).endsWith(" where 1 = 1");
    }

    @Test
    void likeWildcardsAreTakenLiterally() {
        assertThat(NoticeBoardSql.likeLiteral("a\\b%c_d")).isEqualTo("a\\\\b\\%c\\_d");
    }
}
