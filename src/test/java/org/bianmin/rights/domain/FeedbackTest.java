package org.bianmin.rights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bianmin.rights.domain.RightsFixtures.NOW;
import static org.bianmin.rights.domain.RightsFixtures.SANJIA;
import static org.bianmin.rights.domain.RightsFixtures.SANMEN;
import static org.bianmin.rights.domain.RightsFixtures.publishedFirst;
import static org.bianmin.rights.domain.RightsFixtures.stored;

import org.bianmin.matter.domain.Channel;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Feedback on an item")
class FeedbackTest {

    private final ListVersion published = publishedFirst();
    private final Author zhang = new Author(" 张秀英 ", "138 1234 5678", SANMEN);

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    private Feedback anonymous(FeedbackType type, String text) {
        return stored(Feedback.submit(published, "K1", type, text, null, SANJIA, Channel.KIOSK, NOW));
    }

    private Feedback named(FeedbackType type, String text) {
        return stored(Feedback.submit(published, "K1", type, text, zhang, null, Channel.WEB, NOW));
    }

    @Nested
    @DisplayName("when given")
    class Given {

        @Test
        void agreementNeedsNoWords() {
            Feedback feedback = anonymous(FeedbackType.AGREE, "  ");

            assertThat(feedback.getType()).isEqualTo(FeedbackType.AGREE);
            assertThat(feedback.getText()).isNull();
            assertThat(feedback.getItemKey()).isEqualTo("K1");
            assertThat(feedback.getItemId())
                    .isEqualTo(published.item("K1").orElseThrow().getId());
            assertThat(feedback.getVersionNumber()).isEqualTo(1);
        }

        @ParameterizedTest
        @EnumSource(
                value = FeedbackType.class,
                names = {"SUGGEST", "OBJECT", "ASK"})
        void everythingElseMustSayWhatThePersonMeans(FeedbackType type) {
            refused(() -> anonymous(type, null), "rights.error.textRequired");
            refused(() -> anonymous(type, " \n "), "rights.error.textRequired");
            assertThat(anonymous(type, " 建议写明公示几天 ").getText()).isEqualTo("建议写明公示几天");
        }

        @Test
        void aTextIsAtMostFiveHundredCharacters() {
            anonymous(FeedbackType.SUGGEST, "字".repeat(Feedback.MAX_TEXT));
            refused(
                    () -> anonymous(FeedbackType.SUGGEST, "字".repeat(Feedback.MAX_TEXT + 1)),
                    "rights.error.textTooLong");
            refused(() -> anonymous(FeedbackType.AGREE, "字".repeat(Feedback.MAX_TEXT + 1)), "rights.error.textTooLong");
        }

        @Test
        void needsAType() {
            refused(() -> anonymous(null, "意见"), "rights.error.type");
        }

        @Test
        void onlyOnTheVersionBeingReadNow() {
            ListVersion draft = ListVersion.draftFrom(published, 2, "x");
            refused(
                    () -> Feedback.submit(draft, "K1", FeedbackType.AGREE, null, null, null, Channel.WEB, NOW),
                    "rights.error.notCurrent");
            published.supersede(NOW);
            refused(() -> anonymous(FeedbackType.AGREE, null), "rights.error.notCurrent");
            refused(
                    () -> Feedback.submit(null, "K1", FeedbackType.AGREE, null, null, null, Channel.WEB, NOW),
                    "rights.error.notCurrent");
        }

        @Test
        void onlyOnAnItemOfThatVersion() {
            refused(
                    () -> Feedback.submit(published, "K9", FeedbackType.AGREE, null, null, null, Channel.WEB, NOW),
                    "rights.error.itemGone");
        }

        @Test
        void anonymouslyItKeepsNoPersonalDataAtMostTheTown() {
            Feedback feedback = anonymous(FeedbackType.OBJECT, "不同意");

            assertThat(feedback.isNamed()).isFalse();
            assertThat(feedback.getAuthorName()).isNull();
            assertThat(feedback.getAuthorPhone()).isNull();
            assertThat(feedback.getVillageCode()).isNull();
            assertThat(feedback.getTownCode()).isEqualTo(SANJIA);
            assertThat(feedback.needsMatter()).isFalse();
            assertThat(Feedback.submit(published, "K1", FeedbackType.AGREE, null, null, null, Channel.WEB, NOW)
                            .getTownCode())
                    .isNull();
            refused(
                    () -> Feedback.submit(published, "K1", FeedbackType.AGREE, null, null, "51090", Channel.WEB, NOW),
                    "rights.error.town");
        }

        @Test
        void namedItKeepsTheAuthorAndTheirTown() {
            Feedback feedback = named(FeedbackType.SUGGEST, "建议");

            assertThat(feedback.isNamed()).isTrue();
            assertThat(feedback.getAuthorName()).isEqualTo("张秀英");
            assertThat(feedback.getAuthorPhone()).isEqualTo("13812345678");
            assertThat(feedback.getVillageCode()).isEqualTo(SANMEN);
            assertThat(feedback.getTownCode()).isEqualTo(SANJIA);
            assertThat(feedback.getChannel()).isEqualTo(Channel.WEB);
            assertThat(zhang.toString()).doesNotContain("张", "1381");
        }

        @Test
        void aNamedAuthorNeedsANameAMobileNumberAndAVillage() {
            refused(() -> new Author(" ", "13812345678", SANMEN), "rights.error.name");
            refused(() -> new Author("名".repeat(65), "13812345678", SANMEN), "rights.error.name");
            refused(() -> new Author("张三", "028-1234567", SANMEN), "phone.error.format");
            refused(() -> new Author("张三", "13812345678", "510904110"), "rights.error.village");
        }

        @ParameterizedTest
        @EnumSource(
                value = FeedbackType.class,
                names = {"SUGGEST", "OBJECT", "ASK"})
        void namedSuggestionsObjectionsAndQuestionsBecomeMatters(FeedbackType type) {
            Feedback feedback = named(type, "说明");

            assertThat(feedback.needsMatter()).isTrue();
            feedback.linkMatter(77L);
            assertThat(feedback.getMatterId()).isEqualTo(77L);
        }

        @Test
        void aNamedAgreementAsksForNoAnswer() {
            Feedback feedback = named(FeedbackType.AGREE, null);

            assertThat(feedback.needsMatter()).isFalse();
            assertThatThrownBy(() -> feedback.linkMatter(1L)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @DisplayName("answered and moderated")
    class Answered {

        @Test
        void isAnsweredOnceWithWhoAndWhen() {
            Feedback feedback = anonymous(FeedbackType.ASK, "公示几天？");
            feedback.answer(" 至少公示7天。 ", "xczx.staff", NOW);

            assertThat(feedback.isAnswered()).isTrue();
            assertThat(feedback.getAnswer()).isEqualTo("至少公示7天。");
            assertThat(feedback.getAnsweredBy()).isEqualTo("xczx.staff");
            assertThat(feedback.getAnsweredAt()).isEqualTo(NOW);
            refused(() -> feedback.answer("再答一次", "x", NOW), "rights.error.alreadyAnswered");
        }

        @Test
        void anAnswerIsNeitherEmptyNorOverlong() {
            Feedback feedback = anonymous(FeedbackType.ASK, "问题");
            refused(() -> feedback.answer(" ", "x", NOW), "rights.error.answer");
            refused(() -> feedback.answer("答".repeat(Feedback.MAX_ANSWER + 1), "x", NOW), "rights.error.answer");
            assertThat(feedback.isAnswered()).isFalse();
        }

        @Test
        void feedbackThatBecameAMatterIsAnsweredThroughIt() {
            Feedback feedback = named(FeedbackType.OBJECT, "反对");
            feedback.linkMatter(5L);

            refused(() -> feedback.answer("直接答复", "x", NOW), "rights.error.answerThroughMatter");
            assertThat(feedback.answeredThroughMatter("经研究，已采纳。", "xczx.staff", NOW))
                    .isTrue();
            assertThat(feedback.getAnswer()).isEqualTo("经研究，已采纳。");
            assertThat(feedback.answeredThroughMatter("第二次办结", "x", NOW)).isFalse();
            assertThat(feedback.getAnswer()).isEqualTo("经研究，已采纳。");
        }

        @Test
        void isHiddenWithAReasonOnceAndKeepsItsWords() {
            Feedback feedback = anonymous(FeedbackType.OBJECT, "骂人的话");
            refused(() -> feedback.hide(" ", "x", NOW), "rights.error.reason");
            refused(() -> feedback.hide("因".repeat(Feedback.MAX_REASON + 1), "x", NOW), "rights.error.reason");

            feedback.hide("含有辱骂内容", "xczx.staff", NOW);

            assertThat(feedback.isHidden()).isTrue();
            assertThat(feedback.getHiddenReason()).isEqualTo("含有辱骂内容");
            assertThat(feedback.getHiddenBy()).isEqualTo("xczx.staff");
            assertThat(feedback.getText()).isEqualTo("骂人的话");
            refused(() -> feedback.hide("again", "x", NOW), "rights.error.alreadyHidden");
        }

        @Test
        void hiddenFeedbackIsNotAnswered() {
            Feedback feedback = anonymous(FeedbackType.ASK, "问");
            feedback.hide("广告", "x", NOW);

            refused(() -> feedback.answer("答", "x", NOW), "rights.error.hidden");
            Feedback named = named(FeedbackType.ASK, "问");
            named.linkMatter(8L);
            named.hide("辱骂", "x", NOW);
            assertThat(named.answeredThroughMatter("答", "x", NOW)).isFalse();
            assertThat(named.isAnswered()).isFalse();
        }
    }

    @Nested
    @DisplayName("taken up by the next version")
    class Adopted {

        @Test
        void suggestionsObjectionsAndQuestionsOnTheVersionBeforeMayBeTakenUp() {
            Feedback suggestion = anonymous(FeedbackType.SUGGEST, "建议");
            ListVersion next = stored(ListVersion.draftFrom(published, 2, "x"));

            assertThat(suggestion.adoptableBy(next)).isTrue();
            suggestion.adoptedIn(next);

            assertThat(suggestion.isAdopted()).isTrue();
            assertThat(suggestion.getAdoptedVersionNumber()).isEqualTo(2);
            assertThat(suggestion.getAdoptedVersionId()).isEqualTo(next.getId());
        }

        @Test
        void notAgreementNorHiddenFeedbackNorFeedbackOnAnotherVersion() {
            Feedback agreement = anonymous(FeedbackType.AGREE, null);
            Feedback hidden = anonymous(FeedbackType.SUGGEST, "广告");
            hidden.hide("广告", "x", NOW);
            ListVersion next = stored(ListVersion.draftFrom(published, 2, "x"));
            ListVersion unrelated = stored(ListVersion.firstDraft(9, "另一份", "x"));

            assertThat(agreement.adoptableBy(next)).isFalse();
            assertThat(hidden.adoptableBy(next)).isFalse();
            refused(() -> agreement.adoptedIn(next), "rights.error.notAdoptable");
            refused(() -> hidden.adoptedIn(next), "rights.error.notAdoptable");
            refused(() -> anonymous(FeedbackType.ASK, "问").adoptedIn(unrelated), "rights.error.notAdoptable");
        }
    }
}
