package org.bianmin.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A service item checks all its extra fields at once")
class ServiceItemTest {

    static ServiceItem houseSafety() {
        ServiceItem item = new ServiceItem(
                "HOUSE-SAFETY",
                new ServiceItem.Details(
                        "农村住房安全鉴定",
                        "Rural house safety check",
                        ServiceCategory.HOUSING,
                        "对农村自建房进行安全鉴定。",
                        List.of("户主身份证", " ", "户口簿"),
                        10,
                        true));
        item.replaceFields(List.of(
                new ServiceField("house_age", FieldType.NUMBER, true, "房屋年限", "Age", null, null, List.of()),
                ServiceFieldTest.choice(FieldType.SINGLE_CHOICE, true),
                new ServiceField("note", FieldType.TEXT, false, "备注", "Note", null, null, List.of())));
        return item;
    }

    @Test
    void goodAnswersComeBackInFieldOrderWithTheLabelsShownAndEmptyOptionalOnesLeftOut() {
        List<Answer> answers = houseSafety()
                .answer(Map.of("f1", List.of("earth"), "house_age", List.of("３０")), Locale.SIMPLIFIED_CHINESE);
        assertThat(answers).extracting(Answer::getKey).containsExactly("house_age", "f1");
        assertThat(answers).extracting(Answer::getLabel).containsExactly("房屋年限", "字段");
        assertThat(answers).extracting(Answer::getValue).containsExactly("30", "土木");
    }

    @Test
    void everyWrongFieldIsReportedAtOnceEachUnderItsKey() {
        AnswerErrors errors = catchThrowableOfType(AnswerErrors.class, () -> houseSafety()
                .answer(Map.of("house_age", List.of("old")), Locale.SIMPLIFIED_CHINESE));
        assertThat(errors.byField()).containsOnlyKeys("house_age", "f1");
        assertThat(errors.byField().get("house_age").getMessageKey()).isEqualTo("onestop.error.answerNumber");
        assertThat(errors.byField().get("f1").getMessageKey()).isEqualTo("onestop.error.answerChoose");
        assertThat(errors.getArguments()).containsExactly(2);
    }

    @Test
    void materialsDropBlankLines() {
        assertThat(houseSafety().getMaterials()).containsExactly("户主身份证", "户口簿");
    }

    @Test
    void detailsAreChecked() {
        ServiceItem.Details good =
                new ServiceItem.Details("名称", "Name", ServiceCategory.OTHER, "说明", List.of(), 5, true);
        assertThatThrownBy(() -> new ServiceItem("x", good)).hasMessage("onestop.error.code");
        assertThatThrownBy(() -> new ServiceItem(
                        "OK-1", new ServiceItem.Details("名称", "Name", ServiceCategory.OTHER, "说明", List.of(), 0, true)))
                .hasMessage("onestop.error.promisedDays");
        assertThatThrownBy(() -> new ServiceItem(
                        "OK-1", new ServiceItem.Details(" ", "Name", ServiceCategory.OTHER, "说明", List.of(), 5, true)))
                .hasMessage("onestop.error.nameZh");
        assertThatThrownBy(() ->
                        new ServiceItem("OK-1", new ServiceItem.Details("名称", "Name", null, "说明", List.of(), 5, true)))
                .hasMessage("onestop.error.category");
    }

    @Test
    void fieldKeysAreUniqueWithinAnItem() {
        ServiceItem item = houseSafety();
        ServiceField a = new ServiceField("same", FieldType.TEXT, false, "甲", "A", null, null, List.of());
        ServiceField b = new ServiceField("same", FieldType.TEXT, false, "乙", "B", null, null, List.of());
        assertThatThrownBy(() -> item.replaceFields(List.of(a, b))).hasMessage("onestop.error.fieldDuplicate");
        assertThat(item.getFields()).hasSize(3);
    }
}
