package kz.registry.money.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.registry.money.entity.PublishedRate;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RateFilesTest {

    /** The bank's daily format (docs/domain.md); the figures are examples. */
    private static final String NBK_DAY = """
            <?xml version="1.0" encoding="utf-8"?>
            <rates>
              <generator>test</generator>
              <title>Official exchange rates</title>
              <date>29.12.2017</date>
              <item><fullname>US DOLLAR</fullname><title>USD</title><description>332.33</description><quant>1</quant><index>UP</index><change>0.96</change></item>
              <item><fullname>UZBEK SUM</fullname><title>UZS</title><description>4.10</description><quant>100</quant><index/><change/></item>
              <item><fullname>ARMENIAN DRAM</fullname><title>AMD</title><description>6.85</description><quant>10</quant><index/><change/></item>
            </rates>
            """;

    private static List<PublishedRate> xml(String text) {
        return RateFiles.nbkXml(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheBanksDailyXmlWithItsQuants() {
        List<PublishedRate> rates = xml(NBK_DAY);

        assertThat(rates).hasSize(3).allSatisfy(rate -> assertThat(rate.date()).isEqualTo(LocalDate.of(2017, 12, 29)));
        PublishedRate uzs = rates.get(1);
        assertThat(uzs.currency().getCurrencyCode()).isEqualTo("UZS");
        assertThat(uzs.quant()).isEqualTo(100);
        assertThat(uzs.kztPerUnit()).isEqualByComparingTo("0.041");
        assertThat(rates.get(2).kztPerUnit()).isEqualByComparingTo("0.685");
        assertThat(rates.get(0).kztPerUnit()).isEqualByComparingTo("332.33");
    }

    @Test
    void aBadItemRejectsTheWholeFileNamingItsLine() {
        String broken = NBK_DAY.replace("<description>4.10</description>", "<description>4,10</description>")
                .replace("<title>AMD</title>", "<title>ZZZ</title>");

        assertThatThrownBy(() -> xml(broken)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys("line 7", "line 8");
            assertThat(e.fieldErrors().get("line 7")).contains("the rate is not a plain decimal number");
            assertThat(e.fieldErrors().get("line 8")).contains("ISO 4217");
        });
    }

    @Test
    void xmlThatIsNotWellFormedOrHasNoDateIsRefused() {
        assertThatThrownBy(() -> xml("<rates><date>29.12.2017</date><item>")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> xml(NBK_DAY.replace("<date>29.12.2017</date>", "")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().values()).anyMatch(reason -> reason.contains("<date>")));
    }

    @Test
    void anXmlFileCannotReachOutsideItself() {
        String entity = """
                <?xml version="1.0"?>
                <!DOCTYPE rates [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rates><date>29.12.2017</date><item><title>USD</title><description>&secret;</description><quant>1</quant></item></rates>
                """;

        assertThatThrownBy(() -> xml(entity)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readsACsvOfManyDays() {
        List<PublishedRate> rates = RateFiles.csv(new StringReader("""
                date,currency,rate,quant
                2017-12-29,USD,332.33,1
                2017-12-30,usd,332.33,1

                2018-01-03,UZS,4.08,100
                """));

        assertThat(rates).extracting(PublishedRate::date)
                .containsExactly(LocalDate.of(2017, 12, 29), LocalDate.of(2017, 12, 30), LocalDate.of(2018, 1, 3));
        assertThat(rates.get(2).kztPerUnit()).isEqualByComparingTo(new BigDecimal("0.0408"));
    }

    @Test
    void csvErrorsNameEveryBadLine() {
        assertThatThrownBy(() -> RateFiles.csv(new StringReader("""
                date,currency,rate,quant
                2017-12-29,USD,332.33,1
                29.12.2017,USD,332.33,1
                2017-12-30,USD,-1,1
                2017-12-29,USD,332.33,1
                2017-12-31,USD,332.33
                """))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .containsOnlyKeys("line 3", "line 4", "line 5", "line 6")
                .hasEntrySatisfying("line 5", reason -> assertThat(reason).contains("a second rate")));
        assertThatThrownBy(() -> RateFiles.csv(new StringReader("day;code;value\n"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RateFiles.csv(new StringReader("date,currency,rate,quant\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("file"));
    }
}
