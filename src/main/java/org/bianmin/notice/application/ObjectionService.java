package org.bianmin.notice.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.bianmin.kiosk.application.EnrolledKiosk;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.matter.application.FilingOnce;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.domain.Actor;
import org.bianmin.matter.domain.Applicant;
import org.bianmin.matter.domain.Channel;
import org.bianmin.matter.domain.FilingKeys;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.notice.domain.DisclosurePeriod;
import org.bianmin.notice.domain.Objection;
import org.bianmin.notice.domain.ObjectionRepository;
import org.bianmin.notification.application.PhoneVerification;
import org.bianmin.notification.application.SentCode;
import org.bianmin.shared.application.SubmissionLimit;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.PhoneNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 异议: anyone may object to a notice while one of its disclosures is on the board, at a kiosk or online, giving a name
 * and a phone confirmed by a code. The objection is a matter (NOTICE_OBJECTION) routed by the dispatch catalogue by
 * the notice's village — to its town office unless a rule says otherwise — and the office's reply becomes the public
 * answer ({@link ObjectionAnswers}).
 */
@Stateless
public class ObjectionService {

    /** What the phone codes of this feature confirm (see {@link PhoneVerification}). */
    public static final String CODE_PURPOSE = "notice.objection";

    private static final int MAX_NAME = 64;

    @Inject
    private NoticeBoardReader board;

    @Inject
    private ObjectionRepository objections;

    @Inject
    private MatterService matterService;

    @Inject
    private MatterRepository matters;

    @Inject
    private FilingKeys filingKeys;

    @Inject
    private PhoneVerification phoneVerification;

    @Inject
    private ObjectionThrottle throttle;

    @Inject
    private KioskContext kiosk;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Event<BoardChanged> changed;

    /** Working days the town office has to answer an objection (the matter's promised time). */
    @Inject
    @ConfigProperty(name = "bianmin.notice.objection-answer-days", defaultValue = "10")
    private int answerDays;

    /** The notice an objection would be about, if it is on the board. */
    public Optional<NoticeRef> notice(long noticeId) {
        return board.ref(noticeId, NoticeBoardService.today());
    }

    public SentCode sendCodeAtKiosk(String phone) {
        return phoneVerification.send(CODE_PURPOSE, phone, kioskClient(kiosk.require()));
    }

    public SentCode sendCodeOnline(String phone, String address) {
        return phoneVerification.send(CODE_PURPOSE, phone, address);
    }

    /** Whether the page shows the code it sent (demo mode: no SMS gateway). */
    public boolean codesShown() {
        return phoneVerification.isDemo();
    }

    public ObjectionReceipt submitAtKiosk(String formKey, ObjectionForm form) {
        return submit(formKey, form, kioskClient(kiosk.require()), Channel.KIOSK);
    }

    public ObjectionReceipt submitOnline(String formKey, ObjectionForm form, String address) {
        return submit(formKey, form, address, Channel.WEB);
    }

    private ObjectionReceipt submit(String formKey, ObjectionForm form, String client, Channel channel) {
        if (!throttle.tryAcquire(client, Instant.now())) {
            throw new BusinessException("notice_objection.error.tooMany");
        }
        // a second submission of the same form waits for the first and is shown the first one's receipt
        return new FilingOnce(filingKeys).file(formKey, () -> file(form, channel), this::receipt);
    }

    private long file(ObjectionForm form, Channel channel) {
        LocalDateTime now = LocalDateTime.now(NoticeBoardService.ZONE);
        NoticeRef notice = board.ref(form.noticeId(), now.toLocalDate())
                .orElseThrow(() -> new BusinessException("notice_objection.error.notice"));
        DisclosurePeriod period = new DisclosurePeriod(notice.startsOn(), notice.endsOn());
        // every rule is checked before the code, so a mistake never uses the code up
        String reason = Objection.check(period, now.toLocalDate(), form.reason());
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BusinessException("notice_objection.error.name", MAX_NAME);
        }
        String phone = PhoneNumber.parse(form.phone()).value();
        phoneVerification.confirm(CODE_PURPOSE, phone, form.code());
        Matter matter = matterService.file(
                MatterType.NOTICE_OBJECTION,
                null,
                subject(notice),
                new Applicant(name, null, phone, notice.villageCode()),
                channel,
                answerDays,
                Actor.villager());
        objections.save(Objection.filed(
                notice.decisionId(), notice.disclosureId(), matter.getId(), channel, period, reason, now));
        changed.fire(new BoardChanged(notice.decisionId()));
        return matter.getId();
    }

    /** E.g. 对「修建村道」的决议公开提出异议 — stored, like every matter subject, in Chinese. */
    static String subject(NoticeRef notice) {
        String kind = "RESULT".equals(notice.disclosureKind()) ? "实施结果公开" : "决议公开";
        String title = notice.title() == null ? "" : notice.title();
        String text = "对「" + title + "」的" + kind + "提出异议";
        return text.length() <= 200 ? text : "对「" + title.substring(0, 180) + "…」的" + kind + "提出异议";
    }

    private ObjectionReceipt receipt(long matterId) {
        Matter matter = matters.find(matterId).orElseThrow();
        long noticeId =
                objections.findByMatter(matterId).map(Objection::getDecisionId).orElse(0L);
        return new ObjectionReceipt(
                noticeId,
                matter.getTrackingNumber(),
                matter.getOffice().getName(),
                answerBy(matter),
                matter.getPromisedDays());
    }

    private LocalDate answerBy(Matter matter) {
        return matter.getDueDate() != null
                ? matter.getDueDate()
                : workingDays
                        .calendar()
                        .addWorkingDays(matter.getSubmittedAt().toLocalDate(), matter.getPromisedDays());
    }

    private static String kioskClient(EnrolledKiosk at) {
        return SubmissionLimit.kiosk(at.deviceId());
    }

    /** What an objection matter is about, for staff who may see the matter (otherwise "not found"). */
    public Optional<MatterObjection> forMatter(long matterId) {
        matterService.open(matterId);
        return objections.findByMatter(matterId).map(o -> {
            Optional<NoticeRef> notice = board.ref(o.getDecisionId(), NoticeBoardService.today());
            return new MatterObjection(
                    o.getDecisionId(),
                    notice.map(NoticeRef::title).orElse(null),
                    o.getReason(),
                    o.getSubmittedAt(),
                    o.getAnswer());
        });
    }
}
