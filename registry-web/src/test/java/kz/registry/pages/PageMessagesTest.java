package kz.registry.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' words: every key in English is in Russian and the other way round, with the same
 * placeholders, and every key a page asks for by name exists.
 */
class PageMessagesTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Pattern ENTRY = Pattern.compile("^\\s+'([^']+)': '((?:[^'\\\\]|\\\\.)*)',$", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** A key asked for as a literal: $t('...') or a label: '...' naming a message. */
    private static final Pattern ASKED = Pattern.compile("\\$t\\('([\\w.-]+)'[,)]");

    @Test
    void everyKeyIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        String messages = Files.readString(WEBAPP.resolve("app/messages.js"));
        int russian = messages.indexOf("\n  ru: {");
        assertThat(russian).isPositive();
        var english = entries(messages.substring(0, russian));
        var ru = entries(messages.substring(russian));
        assertThat(english).hasSizeGreaterThan(200);
        assertThat(ru.keySet()).isEqualTo(english.keySet());
        english.forEach((key, text) -> assertThat(placeholders(ru.get(key))).as(key).isEqualTo(placeholders(text)));
    }

    @Test
    void everyKeyThePagesAskForExists() throws IOException {
        var english = entries(Files.readString(WEBAPP.resolve("app/messages.js")));
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js"))
                    .filter(f -> !f.startsWith(WEBAPP.resolve("openapi-ui"))).toList()) {
                Matcher matcher = ASKED.matcher(Files.readString(file));
                while (matcher.find()) {
                    asked.add(matcher.group(1));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(100);
        assertThat(asked).allSatisfy(key -> assertThat(english).containsKey(key));
    }

    private static java.util.Map<String, String> entries(String text) {
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        Matcher matcher = ENTRY.matcher(text);
        while (matcher.find()) {
            found.putIfAbsent(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
