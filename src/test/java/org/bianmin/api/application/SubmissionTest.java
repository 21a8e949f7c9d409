package org.bianmin.api.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A POST requests as sent: the name and the filing key")
class SubmissionTest {

    private static Submission named(String first, String last) {
        return new Submission("ROAD-REPAIR", null, "510904110001", first, last, "13900001234", null, null);
    }

    @ParameterizedTest
    @CsvSource(
            value = {"三, 张, 张三", "Lei, Wang, Lei Wang", "' 小红 ', '', 小红", "'', 李, 李", "'', '', ''"},
            nullValues = "null")
    void joinsFirstAndLastNameTheWayTheNameIsWritten(String first, String last, String expected) {
        assertThat(named(first, last).name()).isEqualTo(expected);
    }

    @Test
    void aClientsIdempotencyKeyIsKeptApartFromAnotherClientsSameKey() {
        String key = "0f8fad5b-d9cb-469f-a165-70867728950e";

        assertThat(Open311Service.filingKey(new ApiClient(7, "a"), key)).isEqualTo(key + "-k7");
        assertThat(Open311Service.filingKey(new ApiClient(8, "b"), key)).isEqualTo(key + "-k8");
    }

    @Test
    void withoutAnIdempotencyKeyEveryPostFilesAfresh() {
        ApiClient client = new ApiClient(7, "a");

        assertThat(Open311Service.filingKey(client, null))
                .matches("[0-9a-f]{32}-k7")
                .isNotEqualTo(Open311Service.filingKey(client, " "));
    }

    @Test
    void anIdempotencyKeyOfTheWrongShapeIsRefused() {
        ApiClient client = new ApiClient(7, "a");

        assertThatThrownBy(() -> Open311Service.filingKey(client, "too-short"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("api.error.idempotencyKey");
        assertThatThrownBy(() -> Open311Service.filingKey(client, "has spaces in it, and commas too"))
                .isInstanceOf(BusinessException.class);
        assertThat(Open311Service.filingKey(new ApiClient(Long.MAX_VALUE, "a"), "a".repeat(40)))
                .as("the longest key with the longest client id still fits a filing key's 64 characters")
                .hasSizeLessThanOrEqualTo(64);
    }
}
