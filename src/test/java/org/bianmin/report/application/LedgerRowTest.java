package org.bianmin.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A ledger row")
class LedgerRowTest {

    private static LedgerRow withApplicant(String name) {
        return new LedgerRow(
                "AJ20261102-0001-01",
                MatterType.SERVICE_REQUEST,
                "自来水入户接通",
                "510904100201",
                "三家镇便民服务中心",
                null,
                MatterStatus.SUBMITTED,
                LocalDateTime.parse("2026-11-02T09:00"),
                null,
                null,
                false,
                null,
                name);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"张小华, 张*华", "张三, 张*", "Zhang San, Z**** S**"})
    void masksTheApplicantsNameWhateverItIsGiven(String name, String masked) {
        assertThat(withApplicant(name).applicant()).isEqualTo(masked);
    }

    @Test
    void maskingAMaskedNameChangesNothing() {
        assertThat(withApplicant(withApplicant("欧阳小华").applicant()).applicant()).isEqualTo("欧**华");
    }

    @Test
    void anAnonymousMatterHasAnEmptyApplicant() {
        assertThat(withApplicant(null).applicant()).isEmpty();
    }

    @Test
    void hasNoPlaceForAnIdNumberOrAPhone() {
        assertThat(Arrays.stream(LedgerRow.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name ->
                        name.toLowerCase().contains("id") || name.toLowerCase().contains("phone"));
    }
}
