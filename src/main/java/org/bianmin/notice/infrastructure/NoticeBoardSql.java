package org.bianmin.notice.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.notice.application.NoticeBoardFilter;

/**
 * The board's SQL for a filter: a notice is a decision matter with at least one PUBLISHED disclosure, dated by the
 * start of its latest one. Only bound parameters carry what the reader typed; a title search is a substring search
 * with LIKE's wildcards taken literally.
 */
final class NoticeBoardSql {

    /** Published disclosures per matter: the latest start, whether a result is out, and the end of one open today. */
    private static final String FROM = " from decision_matter m"
            + " join (select matter_id, max(starts_on) as posted_on,"
            + " max(case when kind = 'RESULT' then 1 else 0 end) as has_result,"
            + " max(case when starts_on <= ? and ends_on >= ? then ends_on end) as open_until"
            + " from decision_disclosure where state = 'PUBLISHED' group by matter_id) d on d.matter_id = m.id"
            + " join decision_category c on c.id = m.category_id"
            + " join place v on v.code = m.village_code"
            + " left join place t on t.id = v.parent_id";

    private static final String COLUMNS = "select m.id, m.title, c.name_zh, c.name_en, m.village_code, v.name,"
            + " v.name_en, t.name, t.name_en, d.posted_on, d.has_result, d.open_until,"
            + " (select count(*) from notice_objection o where o.decision_id = m.id) as objections";

    private final String where;
    private final List<Object> parameters;

    private NoticeBoardSql(String where, List<Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static NoticeBoardSql of(NoticeBoardFilter filter, LocalDate today) {
        List<Object> parameters = new ArrayList<>(List.of(today, today));
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.villageCode() != null) {
            where.append(" and m.village_code = ?");
            parameters.add(filter.villageCode());
        } else if (filter.townCode() != null) {
            where.append(" and m.village_code like ?");
            parameters.add(filter.townCode() + "%");
        }
        if (filter.categoryCode() != null) {
            where.append(" and c.code = ?");
            parameters.add(filter.categoryCode());
        }
        if (filter.fromUsed() != null) {
            where.append(" and d.posted_on >= ?");
            parameters.add(filter.fromUsed());
        }
        if (filter.toUsed() != null) {
            where.append(" and d.posted_on <= ?");
            parameters.add(filter.toUsed());
        }
        if (filter.title() != null) {
            where.append(" and m.title like ?");
            parameters.add("%" + likeLiteral(filter.title()) + "%");
        }
        return new NoticeBoardSql(where.toString(), parameters);
    }

    /** MariaDB's LIKE escape character is the backslash. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The page: newest first; the id breaks ties so paging is stable. Two more parameters: limit and offset. */
    String page() {
        return COLUMNS + FROM + where + " order by d.posted_on desc, m.id desc limit ? offset ?";
    }

    String count() {
        return "select count(*)" + FROM + where;
    }

    List<Object> parameters() {
        return parameters;
    }
}
