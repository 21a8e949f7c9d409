package org.bianmin.notice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianmin.notice.application.BoardCategory;
import org.bianmin.notice.application.BoardPage;
import org.bianmin.notice.application.BoardRow;
import org.bianmin.notice.application.NoticeBoardFilter;
import org.bianmin.notice.application.NoticeBoardReader;
import org.bianmin.notice.application.NoticeRef;
import org.bianmin.notice.application.PublicNotice;
import org.bianmin.notice.application.PublicPhoto;

/**
 * Reads the public board straight from the decision register's tables with native SQL: only published disclosures,
 * only columns that may be public, no entities loaded (and so no lazy loading or personal data by accident).
 */
@ApplicationScoped
public class NoticeBoardQueries implements NoticeBoardReader {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public BoardPage board(NoticeBoardFilter filter, LocalDate today) {
        NoticeBoardSql sql = NoticeBoardSql.of(filter, today);
        long total = ((Number) bind(em.createNativeQuery(sql.count()), sql.parameters(), List.of())
                        .getSingleResult())
                .longValue();
        List<BoardRow> rows = new ArrayList<>();
        if (total > filter.offset()) {
            @SuppressWarnings("unchecked")
            List<Object[]> result = bind(
                            em.createNativeQuery(sql.page()),
                            sql.parameters(),
                            List.of(NoticeBoardFilter.PAGE_SIZE, filter.offset()))
                    .getResultList();
            for (Object[] r : result) {
                rows.add(new BoardRow(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        date(r[9]),
                        number(r[10]) > 0,
                        date(r[11]),
                        number(r[12])));
            }
        }
        return new BoardPage(rows, total, filter.page(), NoticeBoardFilter.PAGE_SIZE);
    }

    @Override
    public Optional<PublicNotice> notice(long id, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery("select m.id, m.title, c.name_zh, c.name_en, m.motion_source,"
                        + " m.description, m.estimated_funds, m.village_code, v.name, v.name_en, t.name, t.name_en,"
                        + " m.status from decision_matter m join decision_category c on c.id = m.category_id"
                        + " join place v on v.code = m.village_code left join place t on t.id = v.parent_id"
                        + " where m.id = ? and exists (select 1 from decision_disclosure p where p.matter_id = m.id"
                        + " and p.state = 'PUBLISHED')")
                .setParameter(1, id)
                .getResultList();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = heads.get(0);
        return Optional.of(new PublicNotice(
                id,
                (String) h[1],
                (String) h[2],
                (String) h[3],
                (String) h[4],
                (String) h[5],
                (BigDecimal) h[6],
                (String) h[7],
                (String) h[8],
                (String) h[9],
                (String) h[10],
                (String) h[11],
                (String) h[12],
                meetings(id),
                disclosures(id, today),
                ((Number) em.createNativeQuery("select count(*) from notice_objection where decision_id = ?")
                                .setParameter(1, id)
                                .getSingleResult())
                        .longValue(),
                answers(id)));
    }

    private List<PublicNotice.Meeting> meetings(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select step, form, held_on, expected, present, votes_for,"
                        + " votes_against, votes_abstaining, outcome, households_expected, households_present"
                        + " from decision_meeting where matter_id = ?"
                        + " order by held_on, id")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .map(r -> new PublicNotice.Meeting(
                        (String) r[0],
                        (String) r[1],
                        date(r[2]),
                        (int) number(r[3]),
                        (int) number(r[4]),
                        integer(r[5]),
                        integer(r[6]),
                        integer(r[7]),
                        (String) r[8],
                        integer(r[9]),
                        integer(r[10])))
                .toList();
    }

    private List<PublicNotice.Disclosure> disclosures(long id, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kind, body, starts_on, ends_on, funds_used, progress,"
                        + " completed_on from decision_disclosure where matter_id = ? and state = 'PUBLISHED'"
                        + " order by starts_on desc, id desc")
                .setParameter(1, id)
                .getResultList();
        Map<Long, List<Long>> photos = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> photoRows = em.createNativeQuery("select a.disclosure_id, a.id from decision_attachment a"
                        + " join decision_disclosure d on d.id = a.disclosure_id"
                        + " where a.matter_id = ? and a.public_visible = true and d.kind = 'RESULT'"
                        + " and d.state = 'PUBLISHED' and a.content_type in ('image/jpeg', 'image/png')"
                        + " order by a.id")
                .setParameter(1, id)
                .getResultList();
        for (Object[] p : photoRows) {
            photos.computeIfAbsent(number(p[0]), k -> new ArrayList<>()).add(number(p[1]));
        }
        return rows.stream()
                .map(r -> {
                    LocalDate start = date(r[3]);
                    LocalDate end = date(r[4]);
                    return new PublicNotice.Disclosure(
                            number(r[0]),
                            (String) r[1],
                            (String) r[2],
                            start,
                            end,
                            (BigDecimal) r[5],
                            (String) r[6],
                            date(r[7]),
                            photos.getOrDefault(number(r[0]), List.of()),
                            !today.isBefore(start) && !today.isAfter(end));
                })
                .toList();
    }

    private List<PublicNotice.Answer> answers(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select submitted_at, answered_at, answer from notice_objection"
                        + " where decision_id = ? and answer is not null order by submitted_at desc, id desc")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .map(r -> new PublicNotice.Answer(
                        dateTime(r[0]).toLocalDate(), dateTime(r[1]).toLocalDate(), (String) r[2]))
                .toList();
    }

    /**
     * The notice an objection is about, with the published disclosure open today or, when none is, the one that
     * closed last (so the person is told when the period ended).
     */
    @Override
    public Optional<NoticeRef> ref(long id, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.title, m.village_code, d.id, d.kind, d.starts_on,"
                        + " d.ends_on from decision_matter m join decision_disclosure d on d.matter_id = m.id"
                        + " and d.state = 'PUBLISHED' where m.id = ?"
                        + " order by case when d.starts_on <= ? and d.ends_on >= ? then 0 else 1 end,"
                        + " d.ends_on desc, d.id desc limit 1")
                .setParameter(1, id)
                .setParameter(2, today)
                .setParameter(3, today)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new NoticeRef(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        number(r[3]),
                        (String) r[4],
                        date(r[5]),
                        date(r[6])));
    }

    @Override
    public List<BoardCategory> categories() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select code, name_zh, name_en from decision_category where active = true order by sort_order, id")
                .getResultList();
        return rows.stream()
                .map(r -> new BoardCategory((String) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public Optional<PublicPhoto> photo(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.content_type, a.content from decision_attachment a"
                        + " join decision_disclosure d on d.id = a.disclosure_id where a.id = ?"
                        + " and a.public_visible = true and d.kind = 'RESULT' and d.state = 'PUBLISHED'"
                        + " and a.content_type in ('image/jpeg', 'image/png')")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(r -> new PublicPhoto(number(r[0]), (String) r[1], (byte[]) r[2]));
    }

    private static Query bind(Query query, List<Object> parameters, List<Object> more) {
        int i = 1;
        for (Object p : parameters) {
            query.setParameter(i++, p);
        }
        for (Object p : more) {
            query.setParameter(i++, p);
        }
        return query;
    }

    private static long number(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((Date) value).toLocalDate();
    }

    private static LocalDateTime dateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime d) {
            return d;
        }
        return ((Timestamp) value).toLocalDateTime();
    }
}
