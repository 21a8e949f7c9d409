package org.bianmin.notice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianmin.notice.domain.AttachmentInfo;
import org.bianmin.notice.domain.DecisionAttachment;
import org.bianmin.notice.domain.DecisionCategory;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DecisionRepository;
import org.bianmin.notice.domain.DecisionSettings;
import org.bianmin.notice.domain.DecisionStatus;
import org.bianmin.notice.domain.DecisionTownSetting;
import org.bianmin.notice.domain.DisclosureKind;
import org.bianmin.notice.domain.DisclosureState;

@ApplicationScoped
public class JpaDecisionRepository implements DecisionRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public DecisionMatter save(DecisionMatter matter) {
        if (matter.isNew()) {
            em.persist(matter);
            em.flush();
            return matter;
        }
        DecisionMatter merged = em.merge(matter);
        // a new meeting or disclosure is a change of the aggregate: two clerks saving at once must conflict
        em.lock(merged, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return merged;
    }

    @Override
    public Optional<DecisionMatter> find(long id) {
        return Optional.ofNullable(em.find(DecisionMatter.class, id));
    }

    @Override
    public List<DecisionMatter> byPlace(String placePrefix, DecisionStatus status, int max) {
        TypedQuery<DecisionMatter> query = em.createQuery(
                        "select m from DecisionMatter m where m.villageCode like :prefix"
                                + (status == null ? "" : " and m.status = :status")
                                + " order by m.updatedAt desc, m.id desc",
                        DecisionMatter.class)
                .setParameter("prefix", placePrefix + "%")
                .setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    @Override
    public List<DecisionMatter> register(String placePrefix, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select m from DecisionMatter m where m.villageCode like :prefix and ("
                                + " (m.createdAt >= :fromTime and m.createdAt < :toTime)"
                                + " or exists (select g from DecisionMeeting g where g.matter = m"
                                + "   and g.heldOn between :from and :to)"
                                + " or exists (select d from DecisionDisclosure d where d.matter = m"
                                + "   and d.startsOn <= :to and d.endsOn >= :from))"
                                + " order by m.villageCode, m.createdAt, m.id",
                        DecisionMatter.class)
                .setParameter("prefix", placePrefix + "%")
                .setParameter("fromTime", from.atStartOfDay())
                .setParameter("toTime", to.plusDays(1).atStartOfDay())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<DecisionMatter> awaitingReview(String townCode) {
        return em.createQuery(
                        "select m from DecisionMatter m join m.disclosures d where m.villageCode like :prefix"
                                + " and d.kind = :kind and d.state = :state order by d.submittedAt, m.id",
                        DecisionMatter.class)
                .setParameter("prefix", townCode + "%")
                .setParameter("kind", DisclosureKind.RESOLUTION)
                .setParameter("state", DisclosureState.AWAITING_REVIEW)
                .getResultList();
    }

    @Override
    public List<Long> resultDueBy(LocalDate day, int max) {
        return em.createQuery(
                        "select m.id from DecisionMatter m where m.status = :status and m.resultDueOn <= :day"
                                + " and m.resultRemindedOn is null order by m.resultDueOn, m.id",
                        Long.class)
                .setParameter("status", DecisionStatus.RESOLUTION_DISCLOSED)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public DecisionAttachment saveAttachment(DecisionAttachment attachment) {
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    @Override
    public Optional<DecisionAttachment> findAttachment(long id) {
        return Optional.ofNullable(em.find(DecisionAttachment.class, id));
    }

    @Override
    public List<AttachmentInfo> attachments(long matterId) {
        // the content stays in the database until the file is opened
        return em
                .createQuery(
                        "select a.id, a.meetingId, a.disclosureId, a.fileName, a.contentType, a.sizeBytes,"
                                + " a.publicVisible from DecisionAttachment a where a.matterId = :matter order by a.id",
                        Object[].class)
                .setParameter("matter", matterId)
                .getResultList()
                .stream()
                .map(r -> new AttachmentInfo(
                        ((Number) r[0]).longValue(),
                        r[1] == null ? null : ((Number) r[1]).longValue(),
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).longValue(),
                        Boolean.TRUE.equals(r[6])))
                .toList();
    }

    @Override
    public List<DecisionCategory> categories(boolean activeOnly) {
        return em.createQuery(
                        "select c from DecisionCategory c"
                                + (activeOnly ? " where c.active = true" : "")
                                + " order by c.sortOrder, c.id",
                        DecisionCategory.class)
                .getResultList();
    }

    @Override
    public Optional<DecisionCategory> findCategory(long id) {
        return Optional.ofNullable(em.find(DecisionCategory.class, id));
    }

    @Override
    public DecisionCategory saveCategory(DecisionCategory category) {
        if (category.isNew()) {
            em.persist(category);
            em.flush();
            return category;
        }
        return em.merge(category);
    }

    @Override
    public DecisionSettings settings() {
        return em.find(DecisionSettings.class, DecisionSettings.ID);
    }

    @Override
    public DecisionSettings saveSettings(DecisionSettings settings) {
        DecisionSettings merged = em.merge(settings);
        em.flush();
        return merged;
    }

    @Override
    public boolean townReviews(String townCode) {
        DecisionTownSetting setting = em.find(DecisionTownSetting.class, townCode);
        return setting != null && setting.isReviewRequired();
    }

    @Override
    public void setTownReviews(String townCode, boolean reviews) {
        DecisionTownSetting setting = em.find(DecisionTownSetting.class, townCode);
        if (setting == null) {
            em.persist(new DecisionTownSetting(townCode, reviews));
        } else {
            setting.setReviewRequired(reviews);
        }
        em.flush();
    }

    @Override
    public List<String> reviewingTowns() {
        return em.createQuery(
                        "select s.townCode from DecisionTownSetting s where s.reviewRequired = true"
                                + " order by s.townCode",
                        String.class)
                .getResultList();
    }
}
