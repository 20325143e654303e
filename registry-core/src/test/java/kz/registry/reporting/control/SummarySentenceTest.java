package kz.registry.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kz.registry.money.Money;
import kz.registry.money.ReportWording;
import kz.registry.money.ReportWording.Comparison;
import kz.registry.money.ReportWording.TengeFormat;
import kz.registry.reporting.control.SummarySentence.Figure;
import kz.registry.reporting.control.SummarySentence.Line;
import kz.registry.reporting.control.SummarySentence.Recipient;
import kz.registry.reporting.control.SummarySentence.Style;
import org.junit.jupiter.api.Test;

/**
 * The sentence from a year's lines. The converted figures come in rounded as the basis prints
 * them; each is worked out by hand beside it. The years after 2017 are made up.
 */
class SummarySentenceTest {

    private static final Style TIP_2018 = new Style("en", ReportWording.TIP_DEFAULT, true);

    /** The seed's sentence (US TIP report 2018, Kazakhstan), its dollars worked out by hand at 331.31 KZT/USD. */
    @Test
    void theSeedsYearReadsAsTheReportWroteIt() {
        assertThat(SummarySentence.compose(2017, TIP_2018, SEED_TOTAL, SEED_LINES, SEED_BEFORE)).isEqualTo(
                "In 2017, the government allocated at least 162.7 million KZT ($491,080) to direct victim assistance,"
                        + " including 159 million KZT ($479,910) for shelter assistance and 3.7 million KZT ($11,170) for"
                        + " victim assistance during investigations, an increase from 25.97 million KZT ($78,390) in"
                        + " 2016.");
    }

    @Test
    void theSeedsYearInRussian() {
        List<Line> lines = List.of(new Line("p", "помощь в приютах", null, SEED_LINES.get(0).figure(), null),
                new Line("p", "помощь жертвам в ходе расследований", null, SEED_LINES.get(1).figure(), null));
        assertThat(SummarySentence.compose(2017, new Style("ru", ReportWording.TIP_DEFAULT, true), SEED_TOTAL, lines,
                SEED_BEFORE)).isEqualTo("В 2017 году правительство выделило не менее 162,7 млн тенге (491 080 долл. США)"
                + " на прямую помощь жертвам, в том числе 159 млн тенге (479 910 долл. США) по статье «помощь в приютах»"
                + " и 3,7 млн тенге (11 170 долл. США) по статье «помощь жертвам в ходе расследований», что больше, чем"
                + " 25,97 млн тенге (78 390 долл. США) в 2016 году.");
    }

    /** Kazakh puts the verb after what was allocated: after the total, or after the lines when there is none. */
    @Test
    void theSeedsYearInKazakh() {
        List<Line> lines = List.of(new Line("p", "баспанадағы көмек", null, SEED_LINES.get(0).figure(), null),
                new Line("p", "тергеу кезіндегі құрбандарға көмек", null, SEED_LINES.get(1).figure(), null));
        assertThat(SummarySentence.compose(2017, new Style("kk", ReportWording.TIP_DEFAULT, true), SEED_TOTAL, lines,
                SEED_BEFORE)).isEqualTo("2017 жылы үкімет кемінде 162,7 млн теңге (491 080 АҚШ доллары) құрбандарға"
                + " тікелей көмек үшін бөлді, оның ішінде 159 млн теңге (479 910 АҚШ доллары) «баспанадағы көмек» бабы"
                + " бойынша және 3,7 млн теңге (11 170 АҚШ доллары) «тергеу кезіндегі құрбандарға көмек» бабы бойынша,"
                + " бұл 2016 жылғы 25,97 млн теңге (78 390 АҚШ доллары) сомасынан көп.");

        // made-up 2021 as below: one shelter, exact tenge, no total; the verb closes the lines
        ReportWording wording = new ReportWording(TengeFormat.EXACT, null, false, Comparison.NONE, null, null, null);
        Line shelter = new Line("p", "баспанадағы көмек", new Recipient("«Жанар» дағдарыс орталығы", "Қызылорда"),
                figure("45000000.00", "117188"), null);
        assertThat(SummarySentence.compose(2021, new Style("kk", wording, false), shelter.figure(), List.of(shelter),
                null, new SummarySentence.Agencies(null, java.util.Map.of("p", "Қызылорда облысының әкімдігі"))))
                .isEqualTo("2021 жылы үкімет 45 000 000 теңге (117 188 АҚШ доллары) «баспанадағы көмек» бабы бойынша"
                        + " («Жанар» дағдарыс орталығы, Қызылорда; бөлген: Қызылорда облысының әкімдігі) бөлді.");
    }

    @Test
    void aYearWhoseMoneyAllWentToOneShelterNamesItAndItsCityInExactTengeToTheDollar() {
        // made-up 2021: 45,000,000 KZT to one shelter at 384 KZT/USD, to $1: 45,000,000 / 384 = 117,187.5, half up $117,188;
        // 2020: 41,250,000 / 384 = 107,421.875, $107,422
        ReportWording wording = new ReportWording(TengeFormat.EXACT, null, false, Comparison.PER_LINE, null, null, null);
        Line shelter = new Line("p", "shelter assistance", new Recipient("Crisis Centre Zhanar", "Kyzylorda"),
                figure("45000000.00", "117188"), figure("41250000.00", "107422"));

        assertThat(SummarySentence.compose(2021, new Style("en", wording, false), shelter.figure(), List.of(shelter),
                shelter.before())).isEqualTo("In 2021, the government allocated 45,000,000 KZT ($117,188) for shelter"
                + " assistance at Crisis Centre Zhanar in Kyzylorda, an increase from 41,250,000 KZT ($107,422) in 2020.");
        assertThat(SummarySentence.compose(2021, new Style("ru", wording, false), shelter.figure(), List.of(shelter),
                shelter.before())).isEqualTo("В 2021 году правительство выделило 45 000 000 тенге (117 188 долл. США)"
                + " по статье «shelter assistance» (Crisis Centre Zhanar, Kyzylorda), что больше, чем 41 250 000 тенге"
                + " (107 422 долл. США) в 2020 году.");
    }

    @Test
    void aYearRecordedAsOneTotalWithNoSplitReadsNaturally() {
        // made-up 2022: 80,000,000 KZT for direct victim assistance, nothing split, at 384.3 KZT/USD to $100:
        // 80,000,000 / 384.3 = 208,170.7, $208,200; 2021: 61,000,000 / 384.3 = 158,730.2, $158,700
        Line whole = new Line("p", "direct victim assistance", null, figure("80000000.00", "208200"), null);

        String sentence = SummarySentence.compose(2022, new Style("en", ReportWording.TIP_DEFAULT, false),
                whole.figure(), List.of(whole), figure("61000000.00", "158700"));

        assertThat(sentence).isEqualTo("In 2022, the government allocated 80 million KZT ($208,200) for direct victim"
                + " assistance, an increase from 61 million KZT ($158,700) in 2021.");
        assertThat(sentence).doesNotContain("including");
    }

    @Test
    void withoutATotalTheLinesAreComparedOneByOneAndAFloorSaysAtLeastForEach() {
        // made-up 2023 at 450 KZT/USD to $100: 90,000,000 / 450 = 200,000 ($200,000); 4,545,000 / 450 = 10,100 ($10,100);
        // 2022: 85,000,000 / 450 = 188,888.9 ($188,900); 5,000,000 / 450 = 11,111.1 ($11,100). Tenge in millions to 3 digits:
        // 4.545 million is 4.55 (half up)
        ReportWording wording = new ReportWording(TengeFormat.MILLIONS, 3, false, Comparison.PER_LINE, null, null, null);
        List<Line> lines = List.of(
                new Line("p", "shelter assistance", null, figure("90000000.00", "200000"), figure("85000000.00", "188900")),
                new Line("p", "victim assistance during investigations", null, figure("4545000.00", "10100"),
                        figure("5000000.00", "11100")));

        assertThat(SummarySentence.compose(2023, new Style("en", wording, true), figure("94545000.00", "210100"),
                lines, figure("90000000.00", "200000"))).isEqualTo("In 2023, the government allocated at least 90"
                + " million KZT ($200,000) for shelter assistance, an increase from 85 million KZT ($188,900) in 2022,"
                + " and at least 4.55 million KZT ($10,100) for victim assistance during investigations, a decrease"
                + " from 5 million KZT ($11,100) in 2022.");
    }

    @Test
    void threeLinesAreListedWithCommasAndTheLastWithAndWithoutAFloorNoAtLeast() {
        List<Line> lines = List.of(new Line("p", "a", null, figure("3000000.00", "9000"), null),
                new Line("p", "b", null, figure("2000000.00", "6000"), null),
                new Line("p", "c", null, figure("1000000.00", "3000"), null));

        assertThat(SummarySentence.compose(2020, new Style("en", ReportWording.TIP_DEFAULT, false),
                figure("6000000.00", "18000"), lines, null)).isEqualTo("In 2020, the government allocated 6 million KZT"
                + " ($18,000) to direct victim assistance, including 3 million KZT ($9,000) for a, 2 million KZT"
                + " ($6,000) for b and 1 million KZT ($3,000) for c.");
    }

    @Test
    void withoutARateTheTengeStandAloneAndOtherCurrenciesFollowTheirFigure() {
        Line hotline = new Line("p", "a hotline", null, new Figure(Money.kzt("1000000.00"), null), null);
        Line euros = new Line("p", "a hotline", null, new Figure(Money.kzt("1000000.00"), Money.of("2900", "EUR")), null);
        Style style = new Style("en", ReportWording.TIP_DEFAULT, false);

        assertThat(SummarySentence.compose(2019, style, hotline.figure(), List.of(hotline), null))
                .isEqualTo("In 2019, the government allocated 1 million KZT for a hotline.");
        assertThat(SummarySentence.compose(2019, style, euros.figure(), List.of(euros), null))
                .isEqualTo("In 2019, the government allocated 1 million KZT (2,900 EUR) for a hotline.");
    }

    @Test
    void theAgencyThatAllocatedIsNamedWhenTheEntriesSay() {
        // made-up 2024 at 384.2 KZT/USD to $100: 45,000,000 / 384.2 = 117,126.5 ($117,100); 2,000,000 / 384.2 = 5,205.6
        // ($5,200); 47,000,000 / 384.2 = 122,332.1 ($122,300)
        Line shelters = new Line("a", "shelter assistance", null, figure("45000000.00", "117100"), null);
        Line hotline = new Line("b", "a hotline", null, figure("2000000.00", "5200"), null);
        Style english = new Style("en", ReportWording.TIP_DEFAULT, false);

        assertThat(SummarySentence.compose(2024, english, shelters.figure(), List.of(shelters), null,
                new SummarySentence.Agencies("the Ministry of Labour", java.util.Map.of("a", "the Ministry of Labour"))))
                .isEqualTo("In 2024, the Ministry of Labour allocated 45 million KZT ($117,100) for shelter assistance.");
        assertThat(SummarySentence.compose(2024, new Style("ru", ReportWording.TIP_DEFAULT, false), shelters.figure(),
                List.of(shelters), null, new SummarySentence.Agencies("Министерство труда", java.util.Map.of())))
                .isEqualTo("В 2024 году правительство (Министерство труда) выделило 45 млн тенге (117 100 долл. США) по"
                        + " статье «shelter assistance».");
        // two lines, only one naming its agency: named on its line, the sentence's subject stays the government
        assertThat(SummarySentence.compose(2024, english, figure("47000000.00", "122300"), List.of(shelters, hotline),
                null, new SummarySentence.Agencies(null, java.util.Map.of("a", "the Akimat of Almaty"))))
                .isEqualTo("In 2024, the government allocated 47 million KZT ($122,300) to direct victim assistance,"
                        + " including 45 million KZT ($117,100) for shelter assistance, allocated by the Akimat of Almaty,"
                        + " and 2 million KZT ($5,200) for a hotline.");
        // in Russian, the line's shelter and its agency share one parenthesis
        Line atOneShelter = new Line("a", "помощь в приютах", new Recipient("Приют «Жанар»", "Кызылорда"),
                shelters.figure(), null);
        assertThat(SummarySentence.compose(2024, new Style("ru", ReportWording.TIP_DEFAULT, false),
                figure("47000000.00", "122300"), List.of(atOneShelter, hotline), null,
                new SummarySentence.Agencies(null, java.util.Map.of("a", "акимат Кызылординской области"))))
                .isEqualTo("В 2024 году правительство выделило 47 млн тенге (122 300 долл. США) на прямую помощь"
                        + " жертвам, в том числе 45 млн тенге (117 100 долл. США) по статье «помощь в приютах» (Приют"
                        + " «Жанар», Кызылорда; распорядитель: акимат Кызылординской области), и 2 млн тенге (5 200"
                        + " долл. США) по статье «a hotline».");
    }

    @Test
    void millionsKeepTwoDecimalsAtMostOrTheSignificantDigitsAsked() {
        assertThat(SummarySentence.millions(new BigDecimal("25974999.99"), null)).isEqualByComparingTo("25.97");
        assertThat(SummarySentence.millions(new BigDecimal("25975000.00"), null)).isEqualByComparingTo("25.98");
        // 162,705,000 to 4 significant digits: 162.7; to 2: 160 (written 160, never 1.6E+2)
        assertThat(SummarySentence.millions(new BigDecimal("162705000.00"), 4)).isEqualByComparingTo("162.7");
        assertThat(SummarySentence.millions(new BigDecimal("162705000.00"), 2).toString()).isEqualTo("160");
    }

    @Test
    void aPurposesPhraseIsItsNameBeforeTheColonInLowerCase() {
        assertThat(SummarySentence.phrase("Shelter assistance: legal, psychological and medical help in NGO-operated shelters"))
                .isEqualTo("shelter assistance");
        assertThat(SummarySentence.phrase("Trafficking hotline")).isEqualTo("trafficking hotline");
    }

    // 162,700,000 / 331.31 = 491,080.86 ($491,080); 159,000,000 / 331.31 = 479,913.07 ($479,910);
    // 3,700,000 / 331.31 = 11,167.79 ($11,170); 25,970,000 / 331.31 = 78,385.80 ($78,390)
    private static final Figure SEED_TOTAL = figure("162700000.00", "491080");
    private static final List<Line> SEED_LINES = List.of(
            new Line("p", "shelter assistance", null, figure("159000000.00", "479910"), null),
            new Line("p", "victim assistance during investigations", null, figure("3700000.00", "11170"), null));
    private static final Figure SEED_BEFORE = figure("25970000.00", "78390");

    private static Figure figure(String kzt, String usd) {
        return new Figure(Money.kzt(kzt), Money.of(usd, "USD"));
    }
}
