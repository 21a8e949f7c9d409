package org.bianmin.matter.domain;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeKind;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.CalendarDay;
import org.bianmin.shared.domain.CalendarDayKind;
import org.bianmin.shared.domain.WorkingDayCalendar;

/**
 * Places, offices, people and matters for the workflow tests: Anju District, two of its towns (三家镇, 玉丰镇) and
 * villages under them, each town's convenience service centre, the civil-affairs bureau and the dispatch desk.
 */
final class MatterFixtures {

    static final String DISTRICT_CODE = "510904";
    static final String SANJIA_CODE = "510904100";
    static final String SANMEN_CODE = "510904100201";
    static final String SANJIA_OTHER_VILLAGE_CODE = "510904100202";
    static final String YUFENG_CODE = "510904101";
    static final String JINJI_CODE = "510904101201";

    static final Place ANJU = Place.district(DISTRICT_CODE, "安居区", "Anju District");
    static final Place SANJIA = Place.under(ANJU, SANJIA_CODE, "三家镇", "Sanjia");
    static final Place SANMEN = Place.under(SANJIA, SANMEN_CODE, "三门村", "Sanmen");
    static final Place YUFENG = Place.under(ANJU, YUFENG_CODE, "玉丰镇", "Yufeng");
    static final Place JINJI = Place.under(YUFENG, JINJI_CODE, "金鸡村", "Jinji");

    static final long DISPATCH_DESK_ID = 1L;
    static final long SANJIA_CENTRE_ID = 11L;
    static final long YUFENG_CENTRE_ID = 12L;
    static final long CIVIL_AFFAIRS_ID = 21L;

    /** Monday 2026-09-28, the first working day after Mid-Autumn. */
    static final LocalDateTime FILED = LocalDateTime.parse("2026-09-28T09:30");

    static final Actor VILLAGER_AT_KIOSK = Actor.villager();
    static final Actor LI_SI = Actor.staff(101L, "li.si");
    static final Actor WANG_WU = Actor.staff(102L, "wang.wu");
    static final Actor DISPATCHER = Actor.staff(201L, "zhao.liu");

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(official2026());

    private MatterFixtures() {}

    // ---- calendar ----

    /** The State Council's 2026 schedule, as in WorkingDayCalendarTest (that one is not visible from here). */
    static List<CalendarDay> official2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "元旦", "2026-01-01", "2026-01-03");
        worked(days, "元旦调休", "2026-01-04");
        holidays(days, "春节", "2026-02-15", "2026-02-23");
        worked(days, "春节调休", "2026-02-14", "2026-02-28");
        holidays(days, "清明节", "2026-04-04", "2026-04-06");
        holidays(days, "劳动节", "2026-05-01", "2026-05-05");
        worked(days, "劳动节调休", "2026-05-09");
        holidays(days, "端午节", "2026-06-19", "2026-06-21");
        holidays(days, "中秋节", "2026-09-25", "2026-09-27");
        holidays(days, "国庆节", "2026-10-01", "2026-10-07");
        worked(days, "国庆节调休", "2026-09-20", "2026-10-10");
        return days;
    }

    private static void holidays(List<CalendarDay> days, String name, String first, String last) {
        LocalDate end = LocalDate.parse(last);
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(end); day = day.plusDays(1)) {
            days.add(new CalendarDay(day, CalendarDayKind.HOLIDAY, name));
        }
    }

    private static void worked(List<CalendarDay> days, String name, String... dates) {
        for (String date : dates) {
            days.add(new CalendarDay(LocalDate.parse(date), CalendarDayKind.WORKDAY, name));
        }
    }

    static WorkingDayCalendar calendar() {
        return CALENDAR;
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** Nine in the morning of that day. */
    static LocalDateTime at(String isoDate) {
        return LocalDate.parse(isoDate).atTime(9, 0);
    }

    // ---- ids ----

    /** Gives an entity the id the database would have: the policy compares office ids, the catalogue rule ids. */
    static <T extends BaseEntity> T withId(T entity, long id) {
        setField(BaseEntity.class, entity, "id", id);
        return entity;
    }

    static void setField(Class<?> owner, Object target, String name, Object value) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + owner.getSimpleName() + "." + name, e);
        }
    }

    // ---- offices ----

    static Office sanjiaCentre() {
        return withId(
                new Office("SJ-CENTRE", "三家镇便民服务中心", "Sanjia centre", OfficeKind.TOWN_CENTRE, SANJIA),
                SANJIA_CENTRE_ID);
    }

    static Office yufengCentre() {
        return withId(
                new Office("YF-CENTRE", "玉丰镇便民服务中心", "Yufeng centre", OfficeKind.TOWN_CENTRE, YUFENG),
                YUFENG_CENTRE_ID);
    }

    static Office civilAffairs() {
        return withId(
                new Office("MZJ", "区民政局", "Civil affairs bureau", OfficeKind.DISTRICT_DEPARTMENT, ANJU),
                CIVIL_AFFAIRS_ID);
    }

    static Office dispatchDesk() {
        return withId(
                new Office("DISPATCH", "区派单台", "Dispatch desk", OfficeKind.DISPATCH_DESK, ANJU), DISPATCH_DESK_ID);
    }

    static Office inactive(Office office) {
        office.deactivate();
        return office;
    }

    // ---- matters ----

    static Applicant applicantIn(String villageCode) {
        return new Applicant("张三华", "510904195001011234", "13812345678", villageCode);
    }

    /** A service request from 三门村, filed at the kiosk with the 三家镇 centre, promised in {@code promisedDays}. */
    static Matter filed(Office office, int promisedDays, LocalDateTime when) {
        return Matter.file(
                "AJ20260928-1234-56",
                MatterType.SERVICE_REQUEST,
                "S-0101",
                "申请办理低保",
                applicantIn(SANMEN_CODE),
                Channel.KIOSK,
                office,
                promisedDays,
                VILLAGER_AT_KIOSK,
                when);
    }

    static Matter filed(Office office) {
        return filed(office, 5, FILED);
    }

    /** An open matter a duplicate can be merged into. */
    static Matter mergeTarget() {
        return Matter.file(
                "AJ20260928-9999-01",
                MatterType.SERVICE_REQUEST,
                "S-0101",
                "申请办理低保 (first filing)",
                applicantIn(SANMEN_CODE),
                Channel.KIOSK,
                sanjiaCentre(),
                5,
                VILLAGER_AT_KIOSK,
                FILED);
    }

    /** A matter with the 三家镇 centre brought to {@code status} the way staff would, through its own methods. */
    static Matter inStatus(MatterStatus status) {
        Matter matter = filed(sanjiaCentre());
        LocalDateTime day = FILED;
        switch (status) {
            case SUBMITTED -> {}
            case ACCEPTED -> matter.accept(LI_SI, CALENDAR, day);
            case NOT_ACCEPTED -> matter.notAccept(LI_SI, "不属于本中心受理范围", day);
            case IN_PROGRESS -> {
                matter.accept(LI_SI, CALENDAR, day);
                matter.start(LI_SI, day);
            }
            case WAITING_FOR_VILLAGER -> {
                matter.accept(LI_SI, CALENDAR, day);
                matter.requestInformation(LI_SI, "请补交户口簿复印件", day);
            }
            case RESOLVED -> {
                matter.accept(LI_SI, CALENDAR, day);
                matter.start(LI_SI, day);
                matter.resolve(LI_SI, "已办结", day);
            }
            case CLOSED -> {
                matter.accept(LI_SI, CALENDAR, day);
                matter.start(LI_SI, day);
                matter.resolve(LI_SI, "已办结", day);
                matter.close(Actor.system(), day);
            }
            case RETURNED -> matter.returnToDispatcher(LI_SI, "应由玉丰镇办理", day);
            case MERGED -> matter.mergeInto(mergeTarget(), LI_SI, day);
        }
        return matter;
    }

    /**
     * Performs a status-moving action with valid arguments, as the service would. {@code redispatchTo} is the office a
     * REDISPATCH sends the matter to.
     */
    static void perform(Matter matter, MatterAction action, Office redispatchTo, LocalDateTime now) {
        switch (action) {
            case ACCEPT -> matter.accept(LI_SI, CALENDAR, now);
            case NOT_ACCEPT -> matter.notAccept(LI_SI, "材料不全且无法补正", now);
            case START -> matter.start(LI_SI, now);
            case REQUEST_INFORMATION -> matter.requestInformation(LI_SI, "请补交身份证复印件", now);
            case RESUME -> matter.resume(LI_SI, CALENDAR, "已补交", now);
            case RESOLVE -> matter.resolve(LI_SI, "已办结，请到村便民服务室领取", now);
            case CLOSE -> matter.close(Actor.system(), now);
            case RETURN -> matter.returnToDispatcher(LI_SI, "不属于本中心", now);
            case REDISPATCH -> matter.redispatch(DISPATCHER, redispatchTo, "改派玉丰镇", now);
            case MERGE -> matter.mergeInto(mergeTarget(), LI_SI, now);
            default -> throw new IllegalArgumentException(action + " does not move a matter");
        }
    }

    static MatterEvent lastEvent(Matter matter) {
        List<MatterEvent> history = matter.getHistory();
        return history.get(history.size() - 1);
    }
}
