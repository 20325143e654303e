package kz.registry.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.Restatement;
import kz.registry.money.boundary.Conversions;
import kz.registry.reporting.control.ReportSql;
import kz.registry.reporting.control.SummarySentence;
import kz.registry.reporting.entity.SpendingDimension;
import kz.registry.reporting.entity.SpendingLine;
import kz.registry.reporting.entity.SpendingQuery;
import kz.registry.reporting.entity.YearSummary;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.Roles;

/** A fiscal year's allocations in the words of the US Trafficking in Persons report, on a stated basis. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.FINANCE_OFFICER})
public class YearSummaries {

    @EJB
    SpendingReports spending;

    @EJB
    Conversions conversions;

    @Resource(lookup = ReportSql.DATA_SOURCE)
    DataSource dataSource;

    /**
     * @param sources  source codes to count, empty for all
     * @param purposes purpose codes to count (the report's "direct victim assistance"), empty for all
     */
    public YearSummary summary(int year, Currency currency, Basis basis, List<String> sources, List<String> purposes) {
        int first = Math.max(1993, year - 1);
        Map<Integer, Map<String, Money>> allocated = new HashMap<>();
        Restatement restatement = conversions.restatement();
        for (SpendingLine line : spending.spending(new SpendingQuery(first, year, sources, purposes, null, null, null,
                Set.of(SpendingDimension.PURPOSE)))) {
            Money kzt = restatement.intoTenge(Money.rounded(line.allocated(), Money.currency(line.currency()),
                    RoundingMode.HALF_EVEN), basis).orRefuse();
            allocated.computeIfAbsent(line.year(), y -> new LinkedHashMap<>()).merge(line.purpose(), kzt, Money::plus);
        }
        Map<String, Money> thisYear = positive(allocated.getOrDefault(year, Map.of()));
        if (thisYear.isEmpty()) {
            throw new BusinessRuleException("Nothing was allocated in " + year + ": there is no year to summarise");
        }
        Map<String, String> names = purposeNames();
        List<YearSummary.PurposeFigure> figures = new ArrayList<>();
        List<SummarySentence.Part> parts = new ArrayList<>();
        thisYear.entrySet().stream().sorted(Map.Entry.<String, Money>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(purpose -> {
                    String phrase = SummarySentence.phrase(names.getOrDefault(purpose.getKey(), purpose.getKey()));
                    Conversion conversion = converted(restatement, purpose.getValue(), currency, basis);
                    figures.add(new YearSummary.PurposeFigure(purpose.getKey(), phrase, purpose.getValue(), conversion));
                    parts.add(new SummarySentence.Part(phrase, purpose.getValue(), convertedFigure(conversion)));
                });
        Money totalKzt = sum(thisYear);
        Restatement.Restated restated = restatement.restate(totalKzt, currency, basis);
        Conversion total = converted(restatement, totalKzt, currency, basis);
        Map<String, Money> lastYear = year > first ? positive(allocated.getOrDefault(year - 1, Map.of())) : Map.of();
        Money previousKzt = lastYear.isEmpty() ? null : sum(lastYear);
        Conversion previous = previousKzt == null ? null : converted(restatement, previousKzt, currency, basis);
        String sentence = SummarySentence.compose(year, totalKzt, convertedFigure(total), parts, previousKzt == null
                ? null : new SummarySentence.Previous(year - 1, previousKzt, convertedFigure(previous)));
        return new YearSummary(year, sentence, basis.describe(), totalKzt, total, figures,
                previousKzt == null ? null : year - 1, previousKzt, previous, restated.missing());
    }

    /**
     * Tenge in the currency asked for, or null when the basis has no rate for it: the summary then
     * answers its tenge and says what is missing, as the totals and the spending report do.
     */
    private static Conversion converted(Restatement restatement, Money kzt, Currency currency, Basis basis) {
        Restatement.Restated restated = restatement.restate(kzt, currency, basis);
        return restated.isMissing() ? null : restated.conversion();
    }

    private static Money convertedFigure(Conversion conversion) {
        return conversion == null ? null : conversion.converted();
    }

    private static Map<String, Money> positive(Map<String, Money> sums) {
        Map<String, Money> kept = new LinkedHashMap<>();
        sums.forEach((purpose, sum) -> {
            if (sum.amount().signum() > 0) {
                kept.put(purpose, sum);
            }
        });
        return kept;
    }

    private static Money sum(Map<String, Money> sums) {
        return sums.values().stream().reduce(Money::plus).orElseThrow();
    }

    private Map<String, String> purposeNames() {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> names = new HashMap<>();
            new ReportSql().stream(connection, "select code, name from budget_purpose",
                    row -> Map.entry(row.getString("code"), row.getString("name")), entry -> names.put(entry.getKey(),
                            entry.getValue()));
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("The purposes could not be read", e);
        }
    }
}
