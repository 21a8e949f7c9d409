package org.bianmin.api.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API's texts are looked up by key without Faces ({@link ApiTexts}) and thrown in exceptions of its own, which the
 * bundle test does not read: every {@code api.*} key the API's code names must be in both languages.
 */
@DisplayName("The API's message keys")
class ApiMessageKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(api\\.[a-z][A-Za-z.]+)\"");

    private static Properties bundle(String file) {
        try (InputStream in = ApiMessageKeysTest.class.getResourceAsStream("/org/bianmin/i18n/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyKeyTheApiNamesIsInBothLanguages() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/bianmin/api"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }

        assertThat(found).contains("api.error.keyRevoked", "api.error.throttled", "api.serviceNotice");
        assertThat(found).allSatisfy(key -> {
            assertThat(chinese).as("messages.properties").containsKey(key);
            assertThat(english).as("messages_en.properties").containsKey(key);
        });
    }

    @Test
    void textsAreReadInTheAskedLanguageWithArguments() {
        assertThat(ApiTexts.text(Locale.ENGLISH, "api.serviceNotice", 5))
                .isEqualTo("To be done within 5 working days of acceptance");
        assertThat(ApiTexts.text(Locale.SIMPLIFIED_CHINESE, "api.serviceNotice", 5))
                .isEqualTo("承诺在受理后5个工作日内办结");
        assertThat(ApiTexts.text(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
