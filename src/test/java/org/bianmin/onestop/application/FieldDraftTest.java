package org.bianmin.onestop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bianmin.onestop.domain.FieldChoice;
import org.bianmin.onestop.domain.FieldType;
import org.bianmin.onestop.domain.ServiceField;
import org.junit.jupiter.api.Test;

class FieldDraftTest {

    private static FieldDraft draft(String choices) {
        FieldDraft draft = new FieldDraft();
        draft.setKey("structure");
        draft.setType(FieldType.SINGLE_CHOICE);
        draft.setLabelZh("房屋结构");
        draft.setLabelEn("Structure");
        draft.setChoices(choices);
        return draft;
    }

    @Test
    void choicesAreReadOnePerLineSkippingBlankOnes() {
        ServiceField field = draft("brick=砖混|Brick and concrete\r\n\n earth = 土木 | Earth and timber ")
                .toField();
        assertThat(field.getChoices()).extracting(FieldChoice::getKey).containsExactly("brick", "earth");
        assertThat(field.getChoices()).extracting(FieldChoice::getNameZh).containsExactly("砖混", "土木");
        assertThat(field.getChoices())
                .extracting(FieldChoice::getNameEn)
                .containsExactly("Brick and concrete", "Earth and timber");
    }

    @Test
    void aMalformedLineIsNamedByItsNumber() {
        assertThatThrownBy(() -> draft("brick=砖混|Brick\nearth 土木").toField())
                .hasMessage("onestop.error.choiceLine")
                .satisfies(e -> assertThat(((org.bianmin.shared.domain.BusinessException) e).getArguments())
                        .containsExactly("房屋结构", 2));
    }

    @Test
    void aFieldReadBackGivesTheSameDraft() {
        FieldDraft again = FieldDraft.of(draft("brick=砖混|Brick\nearth=土木|Earth").toField());
        assertThat(again.getChoices()).isEqualTo("brick=砖混|Brick\nearth=土木|Earth");
        assertThat(again.getType()).isEqualTo(FieldType.SINGLE_CHOICE);
        assertThat(List.of(again.getKey(), again.getLabelZh())).containsExactly("structure", "房屋结构");
    }
}
