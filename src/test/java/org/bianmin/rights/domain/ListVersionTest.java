package org.bianmin.rights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bianmin.rights.domain.RightsFixtures.BUILDING;
import static org.bianmin.rights.domain.RightsFixtures.NOW;
import static org.bianmin.rights.domain.RightsFixtures.duty;
import static org.bianmin.rights.domain.RightsFixtures.keys;
import static org.bianmin.rights.domain.RightsFixtures.publishedFirst;
import static org.bianmin.rights.domain.RightsFixtures.right;
import static org.bianmin.rights.domain.RightsFixtures.stored;

import java.util.Set;
import java.util.function.Supplier;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A version of the list goes draft → published → superseded")
class ListVersionTest {

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    @Nested
    @DisplayName("a draft")
    class Draft {

        private final ListVersion draft = ListVersion.firstDraft(1, " 权责清单 ", "xczx.staff");
        private final Supplier<String> keys = keys();

        @Test
        void startsEmptyAsADraftThatTakesNoFeedback() {
            assertThat(draft.getStatus()).isEqualTo(VersionStatus.DRAFT);
            assertThat(draft.getTitle()).isEqualTo("权责清单");
            assertThat(draft.getItems()).isEmpty();
            assertThat(draft.acceptsFeedback()).isFalse();
            assertThat(draft.getBasedOn()).isNull();
        }

        @Test
        void numbersItemsInTheOrderTheyAreAddedAndKeepsTheirWords() {
            draft.addItem(right("知情权", "  有权知道  "), keys);
            draft.addItem(duty("管护责任", "爱护设施"), keys);

            assertThat(draft.getItems()).extracting(ListItem::getKey).containsExactly("K1", "K2");
            assertThat(draft.getItems()).extracting(ListItem::getPosition).containsExactly(1, 2);
            assertThat(draft.getItems().get(0).getBody()).isEqualTo("有权知道");
            assertThat(draft.getItems().get(1).getKind()).isEqualTo(ItemKind.RESPONSIBILITY);
            assertThat(draft.getItems().get(1).getBasis()).isNull();
        }

        @Test
        void aKeyAlreadyInTheVersionIsNeverGivenTwice() {
            draft.addItem(right("一", "一"), () -> "SAME");
            String[] offered = {"SAME", "SAME", "OTHER"};
            int[] next = {0};
            draft.addItem(right("二", "二"), () -> offered[next[0]++]);

            assertThat(draft.getItems()).extracting(ListItem::getKey).containsExactly("SAME", "OTHER");
        }

        @Test
        void movesAndRemovesItemsKeepingTheNumbersWithoutGaps() {
            draft.addItem(right("一", "一"), keys);
            draft.addItem(right("二", "二"), keys);
            draft.addItem(right("三", "三"), keys);

            draft.moveItem("K3", -5);
            assertThat(draft.getItems()).extracting(ListItem::getKey).containsExactly("K3", "K1", "K2");
            draft.moveItem("K3", 1);
            assertThat(draft.getItems()).extracting(ListItem::getKey).containsExactly("K1", "K3", "K2");
            draft.removeItem("K1");
            assertThat(draft.getItems()).extracting(ListItem::getKey).containsExactly("K3", "K2");
            assertThat(draft.getItems()).extracting(ListItem::getPosition).containsExactly(1, 2);
        }

        @Test
        void changesAnItemsWords() {
            draft.addItem(right("知情权", "旧的说法"), keys);
            draft.changeItem("K1", new ItemContent(ItemKind.RIGHT, BUILDING, "知情权", "新的说法", null));

            assertThat(draft.getItems().get(0).getBody()).isEqualTo("新的说法");
            assertThat(draft.getItems().get(0).getStage()).isEqualTo(BUILDING);
        }

        @Test
        void refusesAnUnknownItem() {
            refused(() -> draft.changeItem("NOPE", right("a", "b")), "rights.error.itemGone");
            refused(() -> draft.removeItem("NOPE"), "rights.error.itemGone");
        }

        @Test
        void refusesEmptyOrOverlongWords() {
            refused(() -> right(" ", "正文"), "rights.error.title");
            refused(() -> right("标题", ""), "rights.error.body");
            refused(() -> right("标", "文".repeat(ItemContent.MAX_BODY + 1)), "rights.error.body");
            refused(() -> right("题".repeat(ItemContent.MAX_TITLE + 1), "文"), "rights.error.title");
            refused(
                    () -> new ItemContent(ItemKind.RIGHT, BUILDING, "标", "文", "据".repeat(ItemContent.MAX_BASIS + 1)),
                    "rights.error.basis");
            refused(() -> new ItemContent(null, BUILDING, "标", "文", null), "rights.error.kind");
            refused(() -> new ItemContent(ItemKind.RIGHT, null, "标", "文", null), "rights.error.stage");
            refused(() -> draft.retitle("", null), "rights.error.versionTitle");
            refused(() -> draft.retitle("清单", "注".repeat(ListVersion.MAX_NOTE + 1)), "rights.error.changeNote");
        }

        @Test
        void aNewItemNeedsAStageStillInUse() {
            Stage old = new Stage("OLD", "旧阶段", "Old stage", 9);
            old.deactivate();

            refused(
                    () -> draft.addItem(new ItemContent(ItemKind.RIGHT, old, "标", "文", null), keys),
                    "rights.error.stageInactive");
        }

        @Test
        void cannotBePublishedEmpty() {
            refused(() -> draft.publish("xczx.staff", NOW), "rights.error.emptyVersion");
            assertThat(draft.getStatus()).isEqualTo(VersionStatus.DRAFT);
        }

        @Test
        void aFirstVersionHasNoFeedbackToAdopt() {
            draft.addItem(right("一", "一"), keys);
            refused(() -> draft.adopt("K1", Set.of(5L)), "rights.error.nothingToAdopt");
        }

        @Test
        void isPublishedWithWhoAndWhenAndThenTakesFeedback() {
            draft.addItem(right("一", "一"), keys);
            draft.publish("xczx.staff", NOW);

            assertThat(draft.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
            assertThat(draft.getPublishedAt()).isEqualTo(NOW);
            assertThat(draft.getPublishedBy()).isEqualTo("xczx.staff");
            assertThat(draft.acceptsFeedback()).isTrue();
        }
    }

    @Nested
    @DisplayName("a published version")
    class Published {

        private final ListVersion published = publishedFirst();

        @Test
        void isNeverChangedAgain() {
            refused(() -> published.addItem(right("新", "新"), keys()), "rights.error.notDraft");
            refused(() -> published.changeItem("K1", right("新", "新")), "rights.error.notDraft");
            refused(() -> published.removeItem("K1"), "rights.error.notDraft");
            refused(() -> published.moveItem("K1", 1), "rights.error.notDraft");
            refused(() -> published.retitle("新", null), "rights.error.notDraft");
            refused(() -> published.publish("x", NOW), "rights.error.notDraft");
        }

        @Test
        void isSupersededOnceAndThenTakesNoMoreFeedback() {
            published.supersede(NOW.plusDays(30));

            assertThat(published.getStatus()).isEqualTo(VersionStatus.SUPERSEDED);
            assertThat(published.getSupersededAt()).isEqualTo(NOW.plusDays(30));
            assertThat(published.acceptsFeedback()).isFalse();
            refused(() -> published.supersede(NOW), "rights.error.notPublished");
        }

        @Test
        void aDraftCannotBeSuperseded() {
            ListVersion draft = ListVersion.firstDraft(2, "清单", "x");
            refused(() -> draft.supersede(NOW), "rights.error.notPublished");
        }

        @Test
        void theNextDraftCopiesItsItemsWithTheirKeys() {
            ListVersion next = ListVersion.draftFrom(published, 2, "xczx.staff");

            assertThat(next.getStatus()).isEqualTo(VersionStatus.DRAFT);
            assertThat(next.getNumber()).isEqualTo(2);
            assertThat(next.getBasedOn()).isSameAs(published);
            assertThat(next.getTitle()).isEqualTo(published.getTitle());
            assertThat(next.getItems()).extracting(ListItem::getKey).containsExactly("K1", "K2", "K3");
            assertThat(next.getItems().get(0).saysTheSameAs(published.getItems().get(0)))
                    .isTrue();
            assertThat(next.getItems().get(0)).isNotSameAs(published.getItems().get(0));
            assertThat(next.getItems().get(0).getId()).isNull();

            next.changeItem("K1", right("知情权", "改过的"));
            assertThat(published.getItems().get(0).getBody()).isNotEqualTo("改过的");
        }

        @Test
        void aDraftIsNotMadeFromAnythingButThePublishedVersion() {
            ListVersion draft = ListVersion.firstDraft(2, "清单", "x");
            refused(() -> ListVersion.draftFrom(draft, 3, "x"), "rights.error.notPublished");
            published.supersede(NOW);
            refused(() -> ListVersion.draftFrom(published, 3, "x"), "rights.error.notPublished");
        }

        @Test
        void theNextDraftRecordsWhatFeedbackEachItemTookUp() {
            ListVersion next = stored(ListVersion.draftFrom(published, 2, "xczx.staff"));
            next.adopt("K2", Set.of(9L, 3L));

            assertThat(next.item("K2").orElseThrow().getAdoptedFeedbackIds()).containsExactly(3L, 9L);
            next.adopt("K2", Set.of());
            assertThat(next.item("K2").orElseThrow().getAdoptedFeedbackIds()).isEmpty();
        }

        @Test
        void anItemOnAStageNoLongerInUseKeepsItUntilTheStageIsChanged() {
            Stage old = new Stage("OLD", "旧阶段", "Old stage", 9);
            ListVersion first = ListVersion.firstDraft(1, "清单", "x");
            first.addItem(new ItemContent(ItemKind.RIGHT, old, "标", "文", null), keys());
            first.publish("x", NOW);
            old.deactivate();
            ListVersion next = ListVersion.draftFrom(first, 2, "x");

            next.changeItem("K1", new ItemContent(ItemKind.RIGHT, old, "标", "改了文字", null));
            assertThat(next.getItems().get(0).getBody()).isEqualTo("改了文字");
            Stage gone = new Stage("GONE", "停用", "Gone", 10);
            gone.deactivate();
            refused(
                    () -> next.changeItem("K1", new ItemContent(ItemKind.RIGHT, gone, "标", "文", null)),
                    "rights.error.stageInactive");
        }
    }
}
