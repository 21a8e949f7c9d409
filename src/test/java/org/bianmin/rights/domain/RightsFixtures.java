package org.bianmin.rights.domain;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bianmin.shared.domain.BaseEntity;

/** Stages, versions and items for the list's tests, with ids as if they had been stored. */
final class RightsFixtures {

    static final LocalDateTime NOW = LocalDateTime.parse("2026-11-20T10:00");
    static final String SANMEN = "510904110201";
    static final String SANJIA = "510904110";

    static final Stage PLANNING = withId(new Stage("PLANNING", "规划", "Planning", 1), 1);
    static final Stage BUILDING = withId(new Stage("BUILDING", "建设", "Building", 2), 2);
    static final Stage UPKEEP = withId(new Stage("UPKEEP", "管护", "Upkeep", 3), 3);

    private static final AtomicLong IDS = new AtomicLong(1000);

    private RightsFixtures() {}

    static ItemContent right(String title, String body) {
        return new ItemContent(ItemKind.RIGHT, PLANNING, title, body, "《村民委员会组织法》");
    }

    static ItemContent duty(String title, String body) {
        return new ItemContent(ItemKind.RESPONSIBILITY, UPKEEP, title, body, null);
    }

    /** Keys K1, K2, … in the order items are added. */
    static Supplier<String> keys() {
        AtomicLong next = new AtomicLong();
        return () -> "K" + next.incrementAndGet();
    }

    /** A published first version with three items (K1, K2, K3), everything with ids. */
    static ListVersion publishedFirst() {
        ListVersion version = ListVersion.firstDraft(1, "安居区农民参与乡村建设权责清单", "xczx.staff");
        Supplier<String> keys = keys();
        version.addItem(right("知情权", "村里的建设项目，您有权知道建什么、花多少钱。"), keys);
        version.addItem(right("参与权", "村庄规划要听取村民意见。"), keys);
        version.addItem(duty("管护责任", "爱护村里的道路、路灯和水管。"), keys);
        version.publish("xczx.staff", NOW);
        return stored(version);
    }

    /** Gives the version and its items ids, as the database would. */
    static ListVersion stored(ListVersion version) {
        if (version.getId() == null) {
            withId(version, IDS.incrementAndGet());
        }
        for (ListItem item : version.getItems()) {
            if (item.getId() == null) {
                set(ListItem.class, item, "id", IDS.incrementAndGet());
            }
        }
        return version;
    }

    static Feedback stored(Feedback feedback) {
        return withId(feedback, IDS.incrementAndGet());
    }

    static <T extends BaseEntity> T withId(T entity, long id) {
        set(BaseEntity.class, entity, "id", id);
        return entity;
    }

    static void set(Class<?> owner, Object target, String name, Object value) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + owner.getSimpleName() + "." + name, e);
        }
    }
}
