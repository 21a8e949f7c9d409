package org.bianmin.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Extra fields read answers as people give them, or say what is wrong")
class ServiceFieldTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static ServiceField field(FieldType type, boolean required, FieldChoice... choices) {
        return new ServiceField("f1", type, required, "字段", "Field", null, null, List.of(choices));
    }

    static ServiceField choice(FieldType type, boolean required) {
        return field(
                type,
                required,
                new FieldChoice("brick", "砖混", "Brick"),
                new FieldChoice("earth", "土木", "Earth"),
                new FieldChoice("stone", "石木", "Stone"));
    }

    private static String accept(ServiceField field, String... values) {
        return field.accept(values == null ? null : Arrays.asList(values), ZH);
    }

    private static String errorOf(ServiceField field, String... values) {
        try {
            accept(field, values);
        } catch (BusinessException e) {
            assertThat(e.getArguments()[0]).as("the message names the field").isEqualTo("字段");
            return e.getMessageKey();
        }
        throw new AssertionError("accepted " + Arrays.toString(values));
    }

    @Nested
    class Required {
        @ParameterizedTest
        @ValueSource(strings = {"TEXT", "NUMBER", "DATE"})
        void anEmptyRequiredFieldAsksToBeFilledIn(FieldType type) {
            assertThat(errorOf(field(type, true), "  ")).isEqualTo("onestop.error.answerRequired");
            assertThat(errorOf(field(type, true), (String[]) null)).isEqualTo("onestop.error.answerRequired");
        }

        @Test
        void anEmptyRequiredChoiceAsksToChoose() {
            assertThat(errorOf(choice(FieldType.SINGLE_CHOICE, true))).isEqualTo("onestop.error.answerChoose");
            assertThat(errorOf(choice(FieldType.MULTIPLE_CHOICE, true), "", " "))
                    .isEqualTo("onestop.error.answerChoose");
        }

        @Test
        void anEmptyOptionalFieldIsStoredAsNothing() {
            assertThat(accept(field(FieldType.NUMBER, false))).isEmpty();
            assertThat(accept(choice(FieldType.MULTIPLE_CHOICE, false))).isEmpty();
        }
    }

    @Nested
    class Text {
        @Test
        void isStrippedAndKeptAsTyped() {
            assertThat(accept(field(FieldType.TEXT, true), "  三组王家院子旁 ")).isEqualTo("三组王家院子旁");
        }

        @Test
        void tooLongOrWithControlCharactersIsRefused() {
            assertThat(errorOf(field(FieldType.TEXT, true), "字".repeat(201))).isEqualTo("onestop.error.answerTooLong");
            assertThat(accept(field(FieldType.TEXT, true), "字".repeat(200))).hasSize(200);
            assertThat(errorOf(field(FieldType.TEXT, true), "a\u0000b")).isEqualTo("onestop.error.answerText");
        }

        @Test
        void takesOneAnswerOnly() {
            assertThat(errorOf(field(FieldType.TEXT, true), "a", "b")).isEqualTo("onestop.error.answerOne");
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @CsvSource({"12,12", "012,12", "3.50,3.5", "１２,12", "'1,200',1200", "-4,-4", "0.125,0.125"})
        void areReadAsPeopleWriteThem(String typed, String stored) {
            assertThat(accept(field(FieldType.NUMBER, true), typed)).isEqualTo(stored);
        }

        @ParameterizedTest
        @ValueSource(strings = {"twelve", "1e5", "1.2.3", "12元", "0.12345", "1234567890123"})
        void anythingElseIsRefused(String typed) {
            assertThat(errorOf(field(FieldType.NUMBER, true), typed)).isEqualTo("onestop.error.answerNumber");
        }
    }

    @Nested
    class Dates {
        @Test
        void anIsoDateIsKept() {
            assertThat(accept(field(FieldType.DATE, true), "2026-12-01")).isEqualTo("2026-12-01");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "2026/12/01", "12-01-2026", "yesterday", "1899-12-31", "2101-01-01"})
        void anImpossibleOrUnreadableDateIsRefused(String typed) {
            assertThat(errorOf(field(FieldType.DATE, true), typed)).isEqualTo("onestop.error.answerDate");
        }
    }

    @Nested
    class Choices {
        @Test
        void aSingleChoiceStoresItsKey() {
            assertThat(accept(choice(FieldType.SINGLE_CHOICE, true), "earth")).isEqualTo("earth");
        }

        @Test
        void aChoiceNotOfferedIsRefused() {
            assertThat(errorOf(choice(FieldType.SINGLE_CHOICE, true), "steel")).isEqualTo("onestop.error.answerChoice");
            assertThat(errorOf(choice(FieldType.MULTIPLE_CHOICE, true), "brick", "steel"))
                    .isEqualTo("onestop.error.answerChoice");
        }

        @Test
        void aSingleChoiceTakesOne() {
            assertThat(errorOf(choice(FieldType.SINGLE_CHOICE, true), "brick", "earth"))
                    .isEqualTo("onestop.error.answerOne");
        }

        @Test
        void multipleChoicesAreStoredOnceEachInTheFieldsOrder() {
            assertThat(accept(choice(FieldType.MULTIPLE_CHOICE, true), "stone", "brick", "stone"))
                    .isEqualTo("brick,stone");
        }

        @Test
        void areShownByTheirNamesInTheReadersLanguage() {
            ServiceField field = choice(FieldType.MULTIPLE_CHOICE, true);
            assertThat(field.display("brick,stone", ZH)).isEqualTo("砖混、石木");
            assertThat(field.display("brick", Locale.ENGLISH)).isEqualTo("Brick");
        }
    }

    @Nested
    class Definition {
        @Test
        void aChoiceFieldNeedsTwoOptionsAndOthersNone() {
            assertThatThrownBy(() -> field(FieldType.SINGLE_CHOICE, true, new FieldChoice("a1", "甲", "A")))
                    .hasMessage("onestop.error.choicesNeeded");
            assertThatThrownBy(() -> field(FieldType.TEXT, true, new FieldChoice("a1", "甲", "A")))
                    .hasMessage("onestop.error.choicesNotAllowed");
        }

        @Test
        void choiceKeysAreUniqueAndWellFormed() {
            assertThatThrownBy(() -> field(
                            FieldType.SINGLE_CHOICE,
                            true,
                            new FieldChoice("a1", "甲", "A"),
                            new FieldChoice("a1", "乙", "B")))
                    .hasMessage("onestop.error.choiceDuplicate");
            assertThatThrownBy(() -> new FieldChoice("a b", "甲", "A")).hasMessage("onestop.error.choiceKey");
        }

        @Test
        void atMostTwentyChoicesAndAllOfThemTickedStillFitTheStoredAnswer() {
            List<FieldChoice> many = new java.util.ArrayList<>();
            for (int i = 0; i < 21; i++) {
                many.add(new FieldChoice("c" + i, "很长的选项名称".repeat(14) + i, "A long choice name " + i));
            }
            assertThatThrownBy(() ->
                            new ServiceField("f1", FieldType.MULTIPLE_CHOICE, false, "字段", "Field", null, null, many))
                    .hasMessage("onestop.error.tooManyChoices");
            ServiceField twenty = new ServiceField(
                    "f1", FieldType.MULTIPLE_CHOICE, false, "字段", "Field", null, null, many.subList(0, 20));
            String all = twenty.accept(
                    many.subList(0, 20).stream().map(FieldChoice::getKey).toList(), ZH);
            assertThat(twenty.display(all, ZH)).hasSizeLessThanOrEqualTo(1000);
        }

        @Test
        void openThreeOneDataTypesMatchTheSpec() {
            assertThat(Arrays.stream(FieldType.values()).map(FieldType::open311))
                    .containsExactly("string", "number", "datetime", "singlevaluelist", "multivaluelist");
        }
    }
}
