package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry's own words in Russian and Kazakh, in refusals and in the texts answers explain their figures with:
 * complete, carrying what varies (translated in turn where the table holds it), and English where unknown.
 */
class WordsTest {

    private static final Pattern NUMBERED = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyKindsTitleIsInBothLanguages() {
        for (ProblemKind kind : ProblemKind.values()) {
            assertThat(Words.translate(kind.title(), "ru")).as(kind.name()).isNotEqualTo(kind.title());
            assertThat(Words.translate(kind.title(), "kk")).as(kind.name()).isNotEqualTo(kind.title())
                    .isNotEqualTo(Words.translate(kind.title(), "ru"));
        }
    }

    /** A translation names only the varying parts its English has ({1} to {n}), and leaves no {} unfilled. */
    @Test
    void everyTranslationCarriesOnlyTheVaryingPartsItsEnglishHas() {
        assertThat(Words.entries()).hasSizeGreaterThan(60);
        for (Words.Entry entry : Words.entries()) {
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
        assertThat(Words.translate(english, "ru")).isEqualTo("Фонд не может покрыть этот реестр на 300000.00 KZT:"
                + " остаток 250000.00 KZT, из них 100000.00 KZT в ещё не оплаченных реестрах, доступно 150000.00 KZT.");
        assertThat(Words.translate(english, "kk")).isEqualTo("Қор 300000.00 KZT сомасындағы бұл тізілімді жаба"
                + " алмайды: қалдық 250000.00 KZT, оның 100000.00 KZT әлі төленбеген тізілімдерде, қолжетімдісі 150000.00 KZT.");
        assertThat(Words.translate("Fiscal year 2017 is already open (or closed): GET /api/periods/2017", "ru"))
                .as("no address of the API in words for people").isEqualTo("2017 финансовый год уже открыт (или закрыт).");
        assertThat(Words.translate("must be at least 10 characters", "kk")).isEqualTo("кемінде 10 таңба");
        assertThat(Words.translate("Victim V-7K2M9QPA is not recognised as a victim in proceeding 2026-0128-001:"
                + " record the resolution first.", "ru")).isEqualTo("V-7K2M9QPA не признан потерпевшим по делу"
                + " 2026-0128-001: сначала внесите постановление о признании.");
        assertThat(Words.translate("must not be blank", "en")).isEqualTo("must not be blank");
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
        // why a background job failed, as its starter follows it
        Pattern job = Pattern.compile("\\.failed\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        Set<String> fixed = new TreeSet<>();
        for (java.nio.file.Path root : java.util.List.of(java.nio.file.Path.of("src", "main", "java"),
                java.nio.file.Path.of("..", "registry-core", "src", "main", "java"))) {
            try (var files = java.nio.file.Files.walk(root)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = java.nio.file.Files.readString(file);
                    for (Pattern pattern : java.util.List.of(rule, field, job)) {
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
            assertThat(fixed).as(language).allSatisfy(text -> assertThat(Words.translate(text, language))
                    .as(text).isNotEqualTo(text));
        }
    }

    /** Every basis and provenance text an answer can carry beside a converted figure reads in both languages. */
    @Test
    void everyBasisAndProvenanceAnAnswerGivesIsTranslated() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 5);
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(
                new kz.registry.money.Basis.ValueDate(day).describe(),
                new kz.registry.money.Basis.YearAverage(2026).describe(),
                new kz.registry.money.Basis.Fixed("TIP 2018").describe(),
                new kz.registry.money.Basis.Fixed("TIP 2018", 2).describe(),
                new kz.registry.money.Basis.Reporting("US TIP 2018", null).describe(),
                new kz.registry.money.Basis.Reporting("US TIP 2018", 3).describe(),
                kz.registry.money.RateUsed.tenge().what(), kz.registry.money.RateUsed.tenge().source(),
                "official rate of 2026-01-03, in force on 2026-01-05", "National Bank of Kazakhstan",
                "once, to the minor unit of USD, half to even"));
        for (kz.registry.money.RoundingRule rule : kz.registry.money.RoundingRule.values()) {
            texts.add("once, to the minor unit of USD, half to even; as the basis prints it, "
                    + new kz.registry.money.Rounding(java.math.BigDecimal.TEN, rule).describe());
        }
        for (String language : java.util.List.of("ru", "kk")) {
            assertThat(texts).as(language).allSatisfy(text -> assertThat(Words.translate(text, language)).as(text)
                    .isNotEqualTo(text).doesNotContain(" of ", "rate", "basis", "half", "nearest"));
        }
    }

    /** Why a figure has no second currency: the pair, the basis and the missing rate, each part in the language. */
    @Test
    void aMissingRateReadsWholeInTheLanguageItsPartsTranslatedInTurn() {
        String missing = "no KZT to USD rate on the basis: average of the official rates of 2031. No official rate of USD"
                + " in 2031: a year's average needs the year's rates.";
        assertThat(Words.translate(missing, "ru")).isEqualTo("нет курса KZT к USD на основе «средний официальный курс за"
                + " 2031 год». Нет официальных курсов USD за 2031 год: для среднего за год нужны курсы этого года.");
        assertThat(Words.translate(missing, "kk")).isEqualTo("«2031 жылғы ресми бағамдардың орташасы» негізінде KZT"
                + " валютасынан USD валютасына бағам жоқ. 2031 жылы USD ресми бағамдары жоқ: жылдың орташасы үшін сол"
                + " жылдың бағамдары керек.");
        assertThat(Words.translate("There is no fixed rate named 'X'; the fixed rates are none yet (GET /api/rates/fixed).",
                "ru")).isEqualTo("Фиксированного курса «X» нет; фиксированные курсы: пока нет.");
        // reasons joined by semicolons, each translated: the month's two reasons inside the refusal to sign it off
        assertThat(Words.translate("The month 2068-05 of 'fund' cannot be signed off yet: no statement of the account ends"
                + " in 2068-05: import the bank's statement first; 1 unmatched item without a resolution: match it by hand,"
                + " or mark it a bank error or a timing difference with the reason", "ru")).isEqualTo("Месяц 2068-05 счёта"
                + " «fund» пока нельзя закрыть: ни одна выписка по счёту не заканчивается в 2068-05: сначала импортируйте"
                + " выписку банка; 1 несопоставленная позиция без решения: сопоставьте её вручную или отметьте как ошибку"
                + " банка или временную разницу, указав причину");
        assertThat(Words.translate("nothing here; nor here", "kk")).isEqualTo("nothing here; nor here");
        // a line opening with {} ("{} unmatched items ...") does not take the refusal its text ends with
        assertThat(Words.translate("The month 2071-03 of 'fund' cannot be signed off yet: 2 unmatched items without a"
                + " resolution: match each by hand, or mark it a bank error or a timing difference with the reason", "ru"))
                .isEqualTo("Месяц 2071-03 счёта «fund» пока нельзя закрыть: несопоставленных позиций без решения: 2;"
                        + " сопоставьте каждую вручную или отметьте как ошибку банка или временную разницу, указав причину");
        // the most specific line wins, wherever it stands in the table: "the amount {}" does not take a text a whole
        // line describes, and a refused line of a file reads whole in the language
        String notANumber = "the amount is not a plain decimal number: use digits with a point for decimals, such as"
                + " 1234.50, at most 15 digits before the point and 2 after it, no exponent or grouping";
        assertThat(Words.translate("amount: " + notANumber, "ru")).startsWith("amount: сумма — не число")
                .doesNotContain("plain", "digits");
        assertThat(Words.translate(notANumber, "kk")).doesNotContain("plain", "digits");
    }

    @Test
    void aTextTheTableDoesNotHoldStaysEnglish() {
        assertThat(Words.translate("Something nobody wrote down", "ru")).isEqualTo("Something nobody wrote down");
        assertThat(Words.translate(null, "kk")).isNull();
    }
}
