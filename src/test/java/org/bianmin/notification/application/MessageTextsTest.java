package org.bianmin.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.bianmin.notification.domain.Notification;
import org.bianmin.shared.domain.PhoneNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Notification texts")
class MessageTextsTest {

    private static final Map<String, String> SAMPLE = Map.of(
            "trackingNumber", "AJ20260302-1234-56",
            "office", "安居镇社会事务办",
            "dueDate", "2026-03-16",
            "reason", "缺少户口簿复印件",
            "link", "https://bianmin.example.org/rate/abc",
            "target", "AJ20260301-9876-54",
            "code", "482913",
            "title", "三门村村道硬化");

    private final MessageTexts texts = new MessageTexts();

    static Stream<Arguments> everyTemplateInBothLanguages() {
        return NotificationTemplates.ALL.stream()
                .flatMap(t -> Stream.of(Arguments.of(t, Locale.SIMPLIFIED_CHINESE), Arguments.of(t, Locale.ENGLISH)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTemplateInBothLanguages")
    void rendersWithEveryPlaceholderFilled(String template, Locale locale) {
        Map<String, String> params = new LinkedHashMap<>();
        texts.placeholders(template, locale).forEach(name -> {
            assertThat(SAMPLE).as("sample value for {%s}", name).containsKey(name);
            params.put(name, SAMPLE.get(name));
        });

        String text = texts.render(template, params, locale);

        assertThat(text).doesNotContain("{", "}");
        assertThat(params.values()).allSatisfy(value -> assertThat(text).contains(value));
        if (locale.getLanguage().equals("zh")) {
            assertThat(text).startsWith("【安居便民】");
        } else {
            assertThat(text).startsWith("[Anju Bianmin] ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void chineseAndEnglishNeedTheSamePlaceholders(String template) {
        assertThat(texts.placeholders(template, Locale.ENGLISH))
                .isEqualTo(texts.placeholders(template, Locale.SIMPLIFIED_CHINESE))
                .isNotEmpty();
    }

    static Stream<String> templates() {
        return NotificationTemplates.ALL.stream();
    }

    @Test
    void theBundlesHoldExactlyTheKnownTemplates() {
        assertThat(load("notifications.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(NotificationTemplates.ALL);
        assertThat(load("notifications_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(NotificationTemplates.ALL);
    }

    @Test
    void theResolvedMessageCarriesTheRatingLink() {
        assertThat(texts.placeholders(NotificationTemplates.MATTER_RESOLVED, Locale.SIMPLIFIED_CHINESE))
                .contains("link");
        assertThat(texts.placeholders(NotificationTemplates.PHONE_CODE, Locale.SIMPLIFIED_CHINESE))
                .containsExactly("code");
    }

    @Test
    void aValueIsInsertedLiterallyEvenWithDollarsAndBackslashes() {
        Map<String, String> params = new LinkedHashMap<>(SAMPLE);
        params.put("reason", "费用 $1 \\ {x}");

        assertThat(texts.render(NotificationTemplates.MATTER_NOT_ACCEPTED, params, Locale.SIMPLIFIED_CHINESE))
                .contains("费用 $1 \\ {x}");
    }

    @Test
    void aNotificationIsSentInChineseEvenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            Notification n = Notification.toVillager(
                    PhoneNumber.parse("13812345678"),
                    NotificationTemplates.PHONE_CODE,
                    Map.of("code", "482913"),
                    null,
                    java.time.LocalDateTime.now());

            assertThat(texts.render(n)).startsWith("【安居便民】").contains("482913");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void refusesAnUnknownTemplateAndAMissingValue() {
        assertThatThrownBy(() -> texts.render("matter.nope", SAMPLE, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> texts.render(NotificationTemplates.PHONE_CODE, Map.of(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{code}");
    }

    private static Properties load(String file) {
        try (InputStream in = MessageTextsTest.class.getResourceAsStream("/org/bianmin/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
