package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The refusals' words in Russian and Kazakh: complete, carrying what varies, and English where unknown. */
class ProblemWordsTest {

    private static final Pattern NUMBERED = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyKindsTitleIsInBothLanguages() {
        for (ProblemKind kind : ProblemKind.values()) {
            assertThat(ProblemWords.translate(kind.title(), "ru")).as(kind.name()).isNotEqualTo(kind.title());
            assertThat(ProblemWords.translate(kind.title(), "kk")).as(kind.name()).isNotEqualTo(kind.title())
                    .isNotEqualTo(ProblemWords.translate(kind.title(), "ru"));
        }
    }

    /** A translation names only the varying parts its English has ({1} to {n}), and leaves no {} unfilled. */
    @Test
    void everyTranslationCarriesOnlyTheVaryingPartsItsEnglishHas() {
        assertThat(ProblemWords.entries()).hasSizeGreaterThan(60);
        for (ProblemWords.Entry entry : ProblemWords.entries()) {
            int varying = entry.english().split("\\{}", -1).length - 1;
            for (var translation : entry.translations().entrySet()) {
                Set<Integer> named = new TreeSet<>();
                Matcher matcher = NUMBERED.matcher(translation.getValue());
                while (matcher.find()) {
                    named.add(Integer.parseInt(matcher.group(1)));
                }
                assertThat(named).as(translation.getKey() + ": " + entry.english())
                        .allSatisfy(n -> assertThat(n).isBetween(1, varying));
                assertThat(translation.getValue()).as(translation.getKey() + ": " + entry.english())
                        .isNotBlank().doesNotContain("{}");
            }
        }
    }

    @Test
    void theVaryingPartsGoWhereEachLanguagePutsThem() {
        String english = "The fund cannot cover this register of 300000.00 KZT: its balance is 250000.00 KZT, of which"
                + " 100000.00 KZT is on registers not yet paid, so 150000.00 KZT is available.";
        assertThat(ProblemWords.translate(english, "ru")).isEqualTo("Фонд не может покрыть этот реестр на 300000.00 KZT:"
                + " остаток 250000.00 KZT, из них 100000.00 KZT в ещё не оплаченных реестрах, доступно 150000.00 KZT.");
        assertThat(ProblemWords.translate(english, "kk")).isEqualTo("Қор 300000.00 KZT сомасындағы бұл тізілімді жаба"
                + " алмайды: қалдық 250000.00 KZT, оның 100000.00 KZT әлі төленбеген тізілімдерде, қолжетімдісі 150000.00 KZT.");
        assertThat(ProblemWords.translate("Fiscal year 2017 is already open (or closed): GET /api/periods/2017", "ru"))
                .as("no address of the API in words for people").isEqualTo("2017 финансовый год уже открыт (или закрыт).");
        assertThat(ProblemWords.translate("must be at least 10 characters", "kk")).isEqualTo("кемінде 10 таңба");
        assertThat(ProblemWords.translate("Victim V-7K2M9QPA is not recognised as a victim in proceeding 2026-0128-001:"
                + " record the resolution first.", "ru")).isEqualTo("V-7K2M9QPA не признан потерпевшим по делу"
                + " 2026-0128-001: сначала внесите постановление о признании.");
        assertThat(ProblemWords.translate("must not be blank", "en")).isEqualTo("must not be blank");
    }

    /**
     * Every refusal the code writes as one fixed text (a business rule, a conflict, a field's message) is in
     * the table, so none reaches a Russian or Kazakh reader in English. Texts built from parts are matched by
     * their table entries and checked in the worked examples above and in the integration tests.
     */
    @Test
    void everyFixedRefusalTheCodeWritesIsTranslated() throws java.io.IOException {
        Pattern rule = Pattern.compile("new (?:BusinessRule|Conflict)Exception\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
        Pattern field = Pattern.compile("new InvalidInputException\\(\\s*[^,()]+,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
        Set<String> fixed = new TreeSet<>();
        for (java.nio.file.Path root : java.util.List.of(java.nio.file.Path.of("src", "main", "java"),
                java.nio.file.Path.of("..", "registry-core", "src", "main", "java"))) {
            try (var files = java.nio.file.Files.walk(root)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = java.nio.file.Files.readString(file);
                    for (Pattern pattern : java.util.List.of(rule, field)) {
                        Matcher found = pattern.matcher(source);
                        while (found.find()) {
                            fixed.add(found.group(1).replace("\\\"", "\""));
                        }
                    }
                }
            }
        }
        assertThat(fixed).hasSizeGreaterThan(50);
        for (String language : java.util.List.of("ru", "kk")) {
            assertThat(fixed).as(language).allSatisfy(text -> assertThat(ProblemWords.translate(text, language))
                    .as(text).isNotEqualTo(text));
        }
    }

    @Test
    void aTextTheTableDoesNotHoldStaysEnglish() {
        assertThat(ProblemWords.translate("Something nobody wrote down", "ru")).isEqualTo("Something nobody wrote down");
        assertThat(ProblemWords.translate(null, "kk")).isNull();
    }
}
