package org.bianmin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Notification parameters")
class NotificationParamsTest {

    @Test
    void areStoredOneSortedLinePerName() {
        assertThat(NotificationParams.encode(Map.of("trackingNumber", "AJ1", "office", "安居镇民政办")))
                .isEqualTo("office=安居镇民政办\ntrackingNumber=AJ1");
    }

    @Test
    void surviveARoundTripWhateverTheValuesHold() {
        Map<String, String> params = Map.of(
                "reason", "第一行\n第二行\r\n= 末尾 \\ 反斜杠 \\n 字面",
                "link", "https://example.org/rate?t=a=b&c",
                "empty", "");

        assertThat(NotificationParams.decode(NotificationParams.encode(params))).isEqualTo(params);
    }

    @Test
    void noParametersAtAll() {
        assertThat(NotificationParams.encode(Map.of())).isEmpty();
        assertThat(NotificationParams.decode("")).isEmpty();
    }

    @Test
    void cutAVeryLongValueToWhatAnSmsCanCarry() {
        String reason = "补".repeat(1000);

        String stored = NotificationParams.decode(NotificationParams.encode(Map.of("reason", reason)))
                .get("reason");

        assertThat(stored).hasSize(NotificationParams.MAX_VALUE_LENGTH).endsWith("…");
    }

    @Test
    void refuseNamesThatCannotBePlaceholdersAndMissingValues() {
        assertThatThrownBy(() -> NotificationParams.encode(Map.of("due date", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationParams.encode(Map.of("a=b", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, String> withNull = new HashMap<>();
        withNull.put("reason", null);
        assertThatThrownBy(() -> NotificationParams.encode(withNull)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuseMoreThanTheColumnHolds() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            many.put("p" + i, "x".repeat(NotificationParams.MAX_VALUE_LENGTH));
        }
        assertThatThrownBy(() -> NotificationParams.encode(many)).isInstanceOf(IllegalArgumentException.class);
    }
}
