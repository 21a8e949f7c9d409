package org.bianmin.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.bianmin.shared.domain.CalendarDay;
import org.bianmin.shared.domain.CalendarRepository;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public List<CalendarDay> findYear(int year) {
        return findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public List<CalendarDay> findBetween(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select d from CalendarDay d where d.day between :from and :to order by d.day",
                        CalendarDay.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public CalendarDay save(CalendarDay day) {
        return em.merge(day);
    }

    @Override
    public void delete(CalendarDay day) {
        em.remove(em.merge(day));
    }
}
