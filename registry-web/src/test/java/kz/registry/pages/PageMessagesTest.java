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
 * The pages' words: every key is in English, Russian and Kazakh, with the same placeholders, none
 * left in English in the Kazakh, and every key a page asks for by name exists.
 */
class PageMessagesTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Pattern ENTRY = Pattern.compile("^\\s+'([^']+)': '((?:[^'\\\\]|\\\\.)*)',$", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** A key asked for as a literal: $t('...') or a label: '...' naming a message. */
    private static final Pattern ASKED = Pattern.compile("\\$t\\('([\\w.-]+)'[,)]");

    @Test
    void everyKeyIsInAllThreeLanguagesWithTheSamePlaceholders() throws IOException {
        String messages = Files.readString(WEBAPP.resolve("app/messages.js"));
        int russian = messages.indexOf("\n  ru: {");
        int kazakh = messages.indexOf("\n  kk: {");
        assertThat(russian).isPositive();
        assertThat(kazakh).isGreaterThan(russian);
        var english = entries(messages.substring(0, russian));
        assertThat(english).hasSizeGreaterThan(500);
        for (var other : java.util.Map.of("ru", entries(messages.substring(russian, kazakh)),
                "kk", entries(messages.substring(kazakh))).entrySet()) {
            assertThat(other.getValue().keySet()).as(other.getKey()).isEqualTo(english.keySet());
            english.forEach((key, text) -> assertThat(placeholders(other.getValue().get(key)))
                    .as(other.getKey() + ": " + key).isEqualTo(placeholders(text)));
        }
    }

    /** A word left in English is a translation forgotten: beyond names and codes, no Kazakh text equals the English. */
    @Test
    void noKazakhTextIsTheEnglishLeftAsItWas() throws IOException {
        String messages = Files.readString(WEBAPP.resolve("app/messages.js"));
        var english = entries(messages.substring(0, messages.indexOf("\n  ru: {")));
        var kazakh = entries(messages.substring(messages.indexOf("\n  kk: {")));
        Set<String> untranslatable = Set.of("nav.api", "bank.iban", "money.convertedLabel", "finance.lineError");
        assertThat(english.keySet().stream().filter(key -> !untranslatable.contains(key))
                .filter(key -> english.get(key).equals(kazakh.get(key))).toList()).isEmpty();
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
