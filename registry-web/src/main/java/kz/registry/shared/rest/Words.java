package kz.registry.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry's own words in the caller's language: English, Russian or Kazakh, as {@code Accept-Language}
 * asks (English when it names none of them). Refusals (titles, details, field messages) and the texts an
 * answer explains itself with ({@link SpokenText}: a basis, a rate's provenance, why a figure has no second
 * currency) are looked up in {@code words.tsv} by their English text. Its varying parts (a year, an amount,
 * a name) are carried into the translation, each translated in turn when it is itself a text of the table
 * (a missing rate's reason inside a refusal); a text the table does not hold stays English. A problem's
 * type, status and fields never change with the language.
 */
public final class Words {

    public static final List<String> LANGUAGES = List.of("en", "ru", "kk");
    static final String TABLE = "words.tsv";
    private static final Pattern VARYING = Pattern.compile("\\{}");
    private static final String JOINED = "; ";
    private static final List<Entry> ENTRIES = read();
    /** Texts already translated, by language; forgotten all at once when this many are kept. */
    private static final int REMEMBER_AT_MOST = 5_000;
    private static final Map<String, Map<String, String>> REMEMBERED = Map.of(
            "ru", new ConcurrentHashMap<>(), "kk", new ConcurrentHashMap<>());

    private Words() {
    }

    /**
     * One English text, how to recognise it, and its translations by language; {@code ownWords}: how much
     * of the English is the entry's own, not its varying parts.
     */
    record Entry(String english, Pattern pattern, Map<String, String> translations, int ownWords) {
    }

    /** The language the caller reads: the first of en, ru and kk its Accept-Language names, else en. */
    public static String languageOf(HttpServletRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return "en";
        }
        return languageOf(Collections.list(request.getLocales()));
    }

    /** The first of en, ru and kk among the languages the caller accepts, best first; else en. */
    static String languageOf(List<Locale> accepted) {
        for (Locale locale : accepted) {
            if (LANGUAGES.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "en";
    }

    /** The text in the language, where the table holds it; otherwise as it is. */
    public static String translate(String text, String language) {
        if (text == null || "en".equals(language)) {
            return text;
        }
        // an answer repeats its explanations row after row (the same basis, the same rate): each is looked up once
        Map<String, String> remembered = REMEMBERED.get(language);
        String known = remembered.get(text);
        if (known != null) {
            return known;
        }
        String translated = lookUp(text, language);
        if (remembered.size() >= REMEMBER_AT_MOST) {
            remembered.clear();
        }
        remembered.put(text, translated);
        return translated;
    }

    /**
     * The most specific entry that matches wins: the one with the most words of its own, so "the amount {}"
     * never takes a text that "the amount is not a plain decimal number: ..." describes whole. Reasons
     * joined by semicolons that no entry describes whole are translated one by one.
     */
    private static String lookUp(String text, String language) {
        Matcher best = null;
        Entry chosen = null;
        for (Entry entry : ENTRIES) {
            Matcher matcher = entry.pattern().matcher(text);
            if (matcher.matches() && (chosen == null || entry.ownWords() > chosen.ownWords())) {
                best = matcher;
                chosen = entry;
            }
        }
        if (chosen == null) {
            return text.contains(JOINED) ? String.join(JOINED, Arrays.stream(text.split(JOINED, -1))
                    .map(part -> translate(part, language)).toList()) : text;
        }
        String translated = chosen.translations().get(language);
        for (int group = 1; group <= best.groupCount(); group++) {
            translated = translated.replace("{" + group + "}", translate(best.group(group), language));
        }
        return translated;
    }

    /** The problem, its words in the language; type, status, instance and fields as they were. */
    static Problem inLanguage(Problem problem, String language) {
        if ("en".equals(language)) {
            return problem;
        }
        List<Problem.FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(error -> new Problem.FieldError(error.field(), translate(error.message(), language))).toList();
        return new Problem(problem.type(), translate(problem.title(), language), problem.status(),
                translate(problem.detail(), language), problem.instance(), problem.correlationId(), errors);
    }

    static List<Entry> entries() {
        return ENTRIES;
    }

    private static List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Words.class.getResourceAsStream(TABLE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 3) {
                    throw new IllegalStateException(TABLE + ": a line needs English, Russian and Kazakh: " + line);
                }
                entries.add(new Entry(columns[0], pattern(columns[0]), Map.of("ru", columns[1], "kk", columns[2]),
                        columns[0].replace("{}", "").length()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }

    /** The English text with each {} standing for any words, the rest taken literally. */
    private static Pattern pattern(String english) {
        StringBuilder regex = new StringBuilder();
        int from = 0;
        Matcher varying = VARYING.matcher(english);
        while (varying.find()) {
            // a text's opening part is short (a count, a record's kind, a rate): never a sentence of its own, so
            // "{} unmatched items ..." does not swallow the refusal whose last reason it is
            String part = varying.start() == 0 ? "([^:;]+?)" : "(.+?)";
            regex.append(Pattern.quote(english.substring(from, varying.start()))).append(part);
            from = varying.end();
        }
        regex.append(Pattern.quote(english.substring(from)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
