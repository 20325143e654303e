package kz.registry.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.registry.money.Money;
import org.junit.jupiter.api.Test;

class SummarySentenceTest {

    /** The seed's sentence (US TIP report 2018, Kazakhstan), its dollars worked out by hand at 331.31 KZT/USD. */
    @Test
    void theSeedsYearReadsAsTheReportWroteIt() {
        // 162,700,000 / 331.31 = 491,080.86; 159,000,000 / 331.31 = 479,913.07; 3,700,000 / 331.31 = 11,167.79;
        // 25,970,000 / 331.31 = 78,385.80
        String sentence = SummarySentence.compose(2017, kzt("162700000.00"), usd("491080.86"),
                List.of(new SummarySentence.Part("shelter assistance", kzt("159000000.00"), usd("479913.07")),
                        new SummarySentence.Part("victim assistance during investigations", kzt("3700000.00"),
                                usd("11167.79"))),
                new SummarySentence.Previous(2016, kzt("25970000.00"), usd("78385.80")));

        assertThat(sentence).isEqualTo("In 2017, the government allocated at least 162.7 million KZT ($491,080) to direct "
                + "victim assistance, including 159 million KZT ($479,910) for shelter assistance and 3.7 million KZT "
                + "($11,170) for victim assistance during investigations, an increase from 25.97 million KZT ($78,390) "
                + "in 2016.");
    }

    @Test
    void aFallNamesADecreaseAndAYearWithoutPredecessorEndsAtItsParts() {
        String fall = SummarySentence.compose(2019, kzt("1000000.00"), usd("3000.00"), List.of(),
                new SummarySentence.Previous(2018, kzt("2500000.00"), usd("7500.00")));
        String alone = SummarySentence.compose(2019, kzt("1000000.00"), Money.of("2900.00", "EUR"),
                List.of(new SummarySentence.Part("a hotline", kzt("1000000.00"), Money.of("2900.00", "EUR"))), null);

        assertThat(fall).isEqualTo("In 2019, the government allocated at least 1 million KZT ($3,000) to direct victim "
                + "assistance, a decrease from 2.5 million KZT ($7,500) in 2018.");
        assertThat(alone).isEqualTo("In 2019, the government allocated at least 1 million KZT (2,900 EUR) to direct "
                + "victim assistance, including 1 million KZT (2,900 EUR) for a hotline.");
    }

    @Test
    void threePartsAreListedWithCommasAndTheLastWithAnd() {
        List<SummarySentence.Part> parts = List.of(new SummarySentence.Part("a", kzt("3000000.00"), usd("9000.00")),
                new SummarySentence.Part("b", kzt("2000000.00"), usd("6000.00")),
                new SummarySentence.Part("c", kzt("1000000.00"), usd("3000.00")));

        assertThat(SummarySentence.compose(2020, kzt("6000000.00"), usd("18000.00"), parts, null))
                .contains("including 3 million KZT ($9,000) for a, 2 million KZT ($6,000) for b and 1 million KZT ($3,000) for c.");
    }

    @Test
    void millionsKeepTwoDecimalsAtMostAndDollarsRoundHalfUpToTens() {
        assertThat(SummarySentence.millions(new java.math.BigDecimal("25974999.99"))).isEqualTo("25.97");
        assertThat(SummarySentence.millions(new java.math.BigDecimal("25975000.00"))).isEqualTo("25.98");
        assertThat(SummarySentence.roundedToTen(usd("11165.00"))).isEqualTo("$11,170");
        assertThat(SummarySentence.roundedToTen(usd("11164.99"))).isEqualTo("$11,160");
    }

    @Test
    void aPurposesPhraseIsItsNameBeforeTheColonInLowerCase() {
        assertThat(SummarySentence.phrase("Shelter assistance: legal, psychological and medical help in NGO-operated shelters"))
                .isEqualTo("shelter assistance");
        assertThat(SummarySentence.phrase("Trafficking hotline")).isEqualTo("trafficking hotline");
    }

    private static Money kzt(String amount) {
        return Money.of(amount, "KZT");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
