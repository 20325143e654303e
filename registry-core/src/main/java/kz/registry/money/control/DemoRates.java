package kz.registry.money.control;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.logging.Logger;
import kz.registry.money.BasisTerms;
import kz.registry.money.PrintedPair;
import kz.registry.money.ReportWording;
import kz.registry.money.Rounding;
import kz.registry.money.RoundingRule;
import kz.registry.money.boundary.RateImports;
import kz.registry.money.boundary.Rates;
import kz.registry.money.boundary.ReportingBases;
import kz.registry.money.entity.ReportingBasis;
import kz.registry.shared.Configuration;
import kz.registry.shared.Roles;

/**
 * In demo mode ({@code registry.demo}), the fixed rates of the two US Trafficking in Persons
 * reports the seed comes from, so their figures convert as the reports did. Each rate is the
 * quotient of a figure pair the report prints (docs/domain.md): 2018 report, 162.7 million KZT =
 * $491,080, about 331.31 KZT per USD; 2017 report, 25.97 million KZT = $77,918, about 333.30.
 * Defined through the rates' boundary by a finance officer named {@code system} (see
 * {@link DemoRatesAtStartUp}).
 */
@Stateless
@RunAs(Roles.FINANCE_OFFICER)
public class DemoRates {

    private static final Logger LOG = Logger.getLogger(DemoRates.class.getName());
    public static final String TIP_2018 = "TIP 2018";
    public static final String TIP_2017 = "TIP 2017";

    @EJB
    Rates rates;

    @EJB
    RateImports imports;

    @EJB
    ReportingBases bases;

    public void load() {
        if (!Configuration.flag("registry.demo", false)) {
            return;
        }
        Currency usd = Currency.getInstance("USD");
        define(TIP_2018, usd, "331.31", "US TIP report 2018, Kazakhstan: 162.7 million KZT = $491,080 (derived)");
        define(TIP_2017, usd, "333.30", "US TIP report 2017, Kazakhstan: 25.97 million KZT = $77,918 (derived)");
        // the same two reports as reporting bases, from the pairs they print: the 2018 report rounds dollars to
        // $10 and gives four pairs; the 2017 report rounds to $1 and gives one
        defineBasis("US TIP 2018", List.of(pair("162700000", "491080"), pair("159000000", "479910"),
                pair("3700000", "11170"), pair("25970000", "78390")), BigDecimal.TEN,
                "US Trafficking in Persons report 2018, Kazakhstan (figures of 2017 and 2016)");
        defineBasis("US TIP 2017", List.of(pair("25970000", "77918")), BigDecimal.ONE,
                "US Trafficking in Persons report 2017, Kazakhstan (figures of 2016)");
    }

    private void defineBasis(String name, List<PrintedPair> pairs, BigDecimal roundingUnit, String description) {
        if (bases.find(name, null).isEmpty()) {
            ReportingBasis basis = bases.define(null, name, new BasisTerms(Currency.getInstance("USD"), null, pairs,
                    new Rounding(roundingUnit, RoundingRule.HALF_UP), ReportWording.TIP_DEFAULT, description)).record();
            LOG.info(() -> "Demo data: the reporting basis '" + name + "', " + basis.kztPerUnit().toPlainString()
                    + " KZT per USD (" + basis.rateChoice() + ")");
        }
    }

    private static PrintedPair pair(String kzt, String printed) {
        return new PrintedPair(new BigDecimal(kzt), new BigDecimal(printed));
    }

    private void define(String name, Currency currency, String kztPerUnit, String description) {
        if (rates.fixedRates().stream().noneMatch(rate -> rate.name().equals(name) && rate.currency().equals(currency))) {
            imports.defineFixedRate(null, name, currency, new BigDecimal(kztPerUnit), description);
            LOG.info(() -> "Demo data: the fixed rate '" + name + "', " + kztPerUnit + " KZT per " + currency);
        }
    }
}
