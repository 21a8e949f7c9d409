package org.bianmin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Role;
import org.bianmin.kiosk.domain.KioskStatus;
import org.bianmin.place.domain.OfficeKind;
import org.bianmin.place.domain.PlaceLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two languages must stay in step: every text shown anywhere exists in Chinese and in English, and every key a page
 * or the code asks for is there.
 */
@DisplayName("The i18n bundles")
class MessageBundlesTest {

    private static final String FOLDER = "/org/bianmin/i18n/";
    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final Pattern MSG_KEY = Pattern.compile("msg\\['([^']+)'\\]");

    private static Properties load(String file) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as("%s on the classpath", file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> emptyValues(Properties properties) {
        Set<String> empty = new TreeSet<>();
        properties.stringPropertyNames().forEach(key -> {
            if (properties.getProperty(key).isBlank()) {
                empty.add(key);
            }
        });
        return empty;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> filesUnder(String folder, String suffix) {
        Path root = PROJECT.resolve(folder);
        assertThat(root)
                .as("%s (the tests must run from the project folder)", folder)
                .isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> found =
                    files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as("%s files under %s", suffix, folder).isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    @DisplayName("messages (the page texts)")
    class PageTexts {

        private final Properties chinese = load("messages.properties");
        private final Properties english = load("messages_en.properties");

        private boolean inBothLanguages(String key) {
            return chinese.containsKey(key) && english.containsKey(key);
        }

        @Test
        void chineseAndEnglishHaveTheSameKeys() {
            Set<String> onlyChinese = new TreeSet<>(keys(chinese));
            onlyChinese.removeAll(keys(english));
            Set<String> onlyEnglish = new TreeSet<>(keys(english));
            onlyEnglish.removeAll(keys(chinese));

            assertThat(onlyChinese)
                    .as("keys missing from messages_en.properties")
                    .isEmpty();
            assertThat(onlyEnglish).as("keys missing from messages.properties").isEmpty();
            assertThat(keys(chinese)).isNotEmpty();
        }

        @Test
        void noTextIsEmpty() {
            assertThat(emptyValues(chinese)).as("empty in messages.properties").isEmpty();
            assertThat(emptyValues(english))
                    .as("empty in messages_en.properties")
                    .isEmpty();
        }

        @Test
        void theChineseFileHoldsChinese() {
            assertThat(chinese.getProperty("app.name")).isEqualTo("便民服务");
            assertThat(english.getProperty("app.name")).isNotEqualTo(chinese.getProperty("app.name"));
        }

        @Test
        void theZhFileAddsNothingSoEveryChineseTextComesFromTheDefault() {
            assertThat(keys(load("messages_zh.properties"))).isEmpty();
        }

        @Test
        void chineseIsFoundEvenOnAServerWhoseDefaultLocaleIsEnglish() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.ENGLISH);
                ResourceBundle.clearCache();

                ResourceBundle zh = ResourceBundle.getBundle("org.bianmin.i18n.messages", Locale.SIMPLIFIED_CHINESE);
                ResourceBundle en = ResourceBundle.getBundle("org.bianmin.i18n.messages", Locale.ENGLISH);

                assertThat(zh.getString("app.name")).isEqualTo(chinese.getProperty("app.name"));
                assertThat(en.getString("app.name")).isEqualTo(english.getProperty("app.name"));
            } finally {
                Locale.setDefault(before);
                ResourceBundle.clearCache();
            }
        }

        @Test
        void everyKeyAPageAsksForExists() {
            Set<String> missing = new TreeSet<>();
            int found = 0;
            for (Path page : filesUnder("src/main/webapp", ".xhtml")) {
                Matcher matcher = MSG_KEY.matcher(read(page));
                while (matcher.find()) {
                    found++;
                    if (!inBothLanguages(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + PROJECT.relativize(page) + ")");
                    }
                }
            }
            assertThat(found).as("msg['...'] references found").isPositive();
            assertThat(missing)
                    .as("keys used in pages but missing from a bundle")
                    .isEmpty();
        }

        @Test
        void everyKeyTheJavaCodeAsksForExists() {
            Set<String> missing = new TreeSet<>();
            List<String> found = new ArrayList<>();
            for (Path source : filesUnder("src/main/java", ".java")) {
                for (String key : JavaMessageKeys.in(read(source))) {
                    found.add(key);
                    if (!inBothLanguages(key)) {
                        missing.add(key + " (" + PROJECT.relativize(source) + ")");
                    }
                }
            }
            assertThat(found)
                    .as("message keys found in the Java code")
                    .contains("password.error.length", "admin_users.created", "error.notFound");
            assertThat(missing)
                    .as("keys used in Java but missing from a bundle")
                    .isEmpty();
        }

        @Test
        void everyRolePlaceLevelOfficeKindAuditActionAndKioskStatusHasALabel() {
            Set<String> missing = new TreeSet<>();
            for (Class<? extends Enum<?>> type :
                    List.of(Role.class, PlaceLevel.class, OfficeKind.class, AuditAction.class, KioskStatus.class)) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String key = type.getSimpleName() + "." + constant.name();
                    if (!inBothLanguages(key)) {
                        missing.add(key);
                    }
                }
            }
            assertThat(missing).as("enum labels missing from a bundle").isEmpty();
        }
    }

    @Nested
    @DisplayName("faces (Faces' own validation texts)")
    class FacesTexts {

        private final Properties chinese = load("faces.properties");
        private final Properties english = load("faces_en.properties");

        @Test
        void chineseAndEnglishHaveTheSameKeys() {
            assertThat(keys(english)).isEqualTo(keys(chinese));
            assertThat(keys(chinese)).contains("jakarta.faces.component.UIInput.REQUIRED");
        }

        @Test
        void noTextIsEmpty() {
            assertThat(emptyValues(chinese)).isEmpty();
            assertThat(emptyValues(english)).isEmpty();
        }

        @Test
        void theZhFileIsTheSameAsTheDefault() {
            assertThat(new TreeMap<>(load("faces_zh.properties"))).isEqualTo(new TreeMap<>(chinese));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties", "faces.properties", "faces_en.properties"})
    void everyPlaceholderIsANumberedArgument(String file) {
        Pattern placeholder = Pattern.compile("\\{([^}]*)}");
        Properties properties = load(file);
        Set<String> bad = new TreeSet<>();
        properties.stringPropertyNames().forEach(key -> {
            Matcher matcher = placeholder.matcher(properties.getProperty(key));
            while (matcher.find()) {
                if (!matcher.group(1).matches("\\d+(,\\s*\\w+(,.*)?)?")) {
                    bad.add(key + " {" + matcher.group(1) + "}");
                }
            }
        });
        assertThat(bad).as("placeholders MessageFormat cannot fill in %s", file).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void chineseAndEnglishUseTheSamePlaceholders(String bundle) {
        Properties chinese = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        Pattern argument = Pattern.compile("\\{(\\d+)");
        Set<String> differing = new TreeSet<>();
        for (String key : keys(chinese)) {
            if (english.containsKey(key)) {
                Set<String> zh = new TreeSet<>(argument.matcher(chinese.getProperty(key))
                        .results()
                        .map(m -> m.group(1))
                        .toList());
                Set<String> en = new TreeSet<>(argument.matcher(english.getProperty(key))
                        .results()
                        .map(m -> m.group(1))
                        .toList());
                if (!zh.equals(en)) {
                    differing.add(key + ": zh " + zh + ", en " + en);
                }
            }
        }
        assertThat(differing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties", "faces.properties", "faces_en.properties"})
    void apostrophesInTextsWithArgumentsAreDoubledForMessageFormat(String file) {
        Properties properties = load(file);
        Set<String> broken = new TreeSet<>();
        properties.stringPropertyNames().forEach(key -> {
            String text = properties.getProperty(key);
            if (text.matches("(?s).*\\{\\d.*")) {
                String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] {"A", "B", "C"});
                boolean loneApostrophe = text.replace("''", "").contains("'");
                if (loneApostrophe || formatted.contains("{")) {
                    broken.add(key + " -> " + formatted);
                }
            }
        });
        assertThat(broken).as("texts MessageFormat garbles in %s", file).isEmpty();
    }

    /** Message keys in Java source: business exceptions and the Messages helper. */
    static final class JavaMessageKeys {

        private static final Pattern CALL = Pattern.compile(
                "new\\s+BusinessException\\s*\\(|\\bsuper\\s*\\(|Messages\\.(?:info|error|text)\\s*\\(");
        private static final Pattern ERROR_ON = Pattern.compile("Messages\\.errorOn\\s*\\(");
        private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

        private JavaMessageKeys() {}

        static List<String> in(String source) {
            List<String> keys = new ArrayList<>();
            boolean isBusinessException = source.contains("extends BusinessException");
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                if (call.group().startsWith("super") && !isBusinessException) {
                    continue;
                }
                keys.addAll(literals(argument(source, call.end(), 0)));
            }
            Matcher errorOn = ERROR_ON.matcher(source);
            while (errorOn.find()) {
                keys.addAll(literals(argument(source, errorOn.end(), 1)));
            }
            return keys;
        }

        /** The text of the argument at {@code index} of the call whose argument list starts at {@code start}. */
        private static String argument(String source, int start, int index) {
            int depth = 0;
            int current = 0;
            int from = start;
            for (int i = start; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '"') {
                    i = source.indexOf('"', i + 1);
                    if (i < 0) {
                        return "";
                    }
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                } else if ((c == ',' || c == ')') && depth == 0) {
                    if (current == index) {
                        return source.substring(from, i);
                    }
                    if (c == ')') {
                        return "";
                    }
                    current++;
                    from = i + 1;
                }
            }
            return "";
        }

        private static List<String> literals(String argument) {
            return LITERAL.matcher(argument).results().map(m -> m.group(1)).toList();
        }
    }
}
