package org.bianmin.rights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.rights.domain.RightsFixtures.BUILDING;
import static org.bianmin.rights.domain.RightsFixtures.duty;
import static org.bianmin.rights.domain.RightsFixtures.publishedFirst;
import static org.bianmin.rights.domain.RightsFixtures.right;

import java.util.List;
import org.bianmin.rights.domain.ListDiff.Change;
import org.bianmin.rights.domain.ListDiff.Part;
import org.bianmin.rights.domain.ListDiff.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The difference between two versions, item by item")
class ListDiffTest {

    private final ListVersion first = publishedFirst();
    private final ListVersion second = ListVersion.draftFrom(first, 2, "xczx.staff");

    @Test
    void anUnchangedCopyShowsEveryItemUnchanged() {
        List<Row> rows = ListDiff.between(first, second);

        assertThat(rows).extracting(Row::change).containsOnly(Change.UNCHANGED);
        assertThat(rows).extracting(Row::key).containsExactly("K1", "K2", "K3");
        assertThat(rows.get(0).changedParts()).isEmpty();
    }

    @Test
    void aFirstVersionIsAllAdded() {
        List<Row> rows = ListDiff.between(null, first);

        assertThat(rows).extracting(Row::change).containsOnly(Change.ADDED);
        assertThat(rows.get(0).before()).isNull();
        assertThat(rows.get(0).bodyAfter()).extracting(TextDiff.Segment::op).containsOnly(TextDiff.Op.INSERTED);
    }

    @Test
    void aChangedItemSaysWhichPartsChangedAndShowsBothSides() {
        second.changeItem("K2", new ItemContent(ItemKind.RIGHT, BUILDING, "参与权", "村庄规划要听取全体村民意见。", null));

        Row row = ListDiff.between(first, second).get(1);

        assertThat(row.change()).isEqualTo(Change.CHANGED);
        assertThat(row.key()).isEqualTo("K2");
        assertThat(row.changedParts()).containsExactlyInAnyOrder(Part.STAGE, Part.BODY, Part.BASIS);
        assertThat(row.bodyBefore()).extracting(TextDiff.Segment::op).doesNotContain(TextDiff.Op.INSERTED);
        assertThat(row.bodyAfter())
                .contains(new TextDiff.Segment(TextDiff.Op.INSERTED, "全体"))
                .extracting(TextDiff.Segment::op)
                .doesNotContain(TextDiff.Op.DELETED);
        assertThat(row.titleAfter()).containsExactly(new TextDiff.Segment(TextDiff.Op.SAME, "参与权"));
    }

    @Test
    void onlyAChangeOfKindCountsToo() {
        second.changeItem(
                "K1",
                new ItemContent(
                        ItemKind.RESPONSIBILITY,
                        RightsFixtures.PLANNING,
                        "知情权",
                        "村里的建设项目，您有权知道建什么、花多少钱。",
                        "《村民委员会组织法》"));

        assertThat(ListDiff.between(first, second).get(0).changedParts()).containsExactly(Part.KIND);
    }

    @Test
    void addedItemsAppearWhereTheyStandAndRemovedOnesWhereTheyStood() {
        second.removeItem("K2");
        second.addItem(duty("保洁责任", "门前三包，垃圾分类投放。"), () -> "K4");
        second.moveItem("K4", -1); // K1, K4, K3

        List<Row> rows = ListDiff.between(first, second);

        assertThat(rows).extracting(Row::key).containsExactly("K1", "K2", "K4", "K3");
        assertThat(rows)
                .extracting(Row::change)
                .containsExactly(Change.UNCHANGED, Change.REMOVED, Change.ADDED, Change.UNCHANGED);
        assertThat(rows.get(1).after()).isNull();
        assertThat(rows.get(1).bodyBefore()).extracting(TextDiff.Segment::op).containsOnly(TextDiff.Op.DELETED);
    }

    @Test
    void aRemovedFirstItemComesFirst() {
        second.removeItem("K1");

        assertThat(ListDiff.between(first, second)).extracting(Row::key).containsExactly("K1", "K2", "K3");
        assertThat(ListDiff.between(first, second).get(0).change()).isEqualTo(Change.REMOVED);
    }

    @Test
    void movingAnItemAloneChangesNothingInIt() {
        second.moveItem("K3", -2);

        assertThat(ListDiff.between(first, second)).extracting(Row::change).containsOnly(Change.UNCHANGED);
        assertThat(ListDiff.between(first, second)).extracting(Row::key).containsExactly("K3", "K1", "K2");
    }

    @Test
    void rightsStayRights() {
        second.addItem(right("监督权", "村民可以监督村务。"), () -> "K5");
        assertThat(ListDiff.between(first, second).get(3).after().getKind()).isEqualTo(ItemKind.RIGHT);
    }
}
