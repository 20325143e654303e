package kz.registry.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import kz.registry.budget.LedgerVocabulary;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.ReportWording;
import kz.registry.money.Restatement;
import kz.registry.money.Rounding;
import kz.registry.money.RoundingRule;
import kz.registry.money.boundary.Conversions;
import kz.registry.money.boundary.ReportingBases;
import kz.registry.reporting.control.ReportSql;
import kz.registry.reporting.control.SummarySentence;
import kz.registry.reporting.control.SummarySentence.Figure;
import kz.registry.reporting.control.SummarySentence.Recipient;
import kz.registry.reporting.entity.SpendingDimension;
import kz.registry.reporting.entity.SpendingLine;
import kz.registry.reporting.entity.SpendingQuery;
import kz.registry.reporting.entity.YearSummary;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.Roles;

/**
 * A fiscal year's allocations as a report would write them, on a stated basis: with a reporting
 * basis, in that report's wording and rounding; on the other bases, in the wording of the US TIP
 * report 2018 (tenge in millions, dollars to the nearest ten).
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.FINANCE_OFFICER})
public class YearSummaries {

    /** How figures on a basis without a rounding of its own are printed: as the TIP report 2018 did. */
    static final Rounding TIP_ROUNDING = new Rounding(BigDecimal.TEN, RoundingRule.HALF_UP);

    @EJB
    SpendingReports spending;

    @EJB
    Conversions conversions;

    @EJB
    ReportingBases bases;

    @Resource(lookup = ReportSql.DATA_SOURCE)
    DataSource dataSource;

    /**
     * @param sources  source codes to count, empty for all
     * @param purposes purpose codes to count, empty for all
     * @param language "en", "ru" or "kk": the sentence's and the phrases' language
     */
    public YearSummary summary(int year, Currency currency, Basis basis, List<String> sources, List<String> purposes,
                               String language) {
        int first = Math.max(1993, year - 1);
        Restatement restatement = conversions.restatement();
        Map<Integer, Map<String, PurposeSum>> allocated = new HashMap<>();
        for (SpendingLine line : spending.spending(new SpendingQuery(first, year, sources, purposes, null, null, null,
                Set.of(SpendingDimension.PURPOSE, SpendingDimension.SHELTER)))) {
            Money kzt = restatement.intoTenge(Money.rounded(line.allocated(), Money.currency(line.currency()),
                    RoundingMode.HALF_EVEN), basis).orRefuse();
            allocated.computeIfAbsent(line.year(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(line.purpose(), p -> new PurposeSum()).add(kzt, line);
        }
        Map<String, PurposeSum> thisYear = positive(allocated.get(year));
        if (thisYear.isEmpty()) {
            throw new BusinessRuleException("Nothing was allocated in " + year + ": there is no year to summarise");
        }
        Map<String, PurposeSum> lastYear = year > first ? positive(allocated.get(year - 1)) : Map.of();
        ReportWording wording = wording(basis);
        Printing printing = new Printing(restatement, currency, basis);
        YearFacts facts = facts(year, language, sources, thisYear.keySet());
        Map<String, String> names = facts.names();

        List<YearSummary.PurposeFigure> figures = new ArrayList<>();
        List<SummarySentence.Line> lines = new ArrayList<>();
        thisYear.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, PurposeSum>, Money>comparing(e -> e.getValue().kzt)
                        .reversed().thenComparing(Map.Entry::getKey))
                .forEach(entry -> {
                    String purpose = entry.getKey();
                    String phrase = SummarySentence.phrase(names.getOrDefault(purpose, purpose));
                    PurposeSum now = entry.getValue();
                    PurposeSum before = lastYear.get(purpose);
                    Recipient recipient = now.oneShelter();
                    Conversion converted = printing.converted(now.kzt);
                    Conversion previous = before == null ? null : printing.converted(before.kzt);
                    figures.add(new YearSummary.PurposeFigure(purpose, phrase, now.kzt, converted,
                            recipient == null ? null : recipient.name(), recipient == null ? null : recipient.city(),
                            before == null ? null : before.kzt, previous));
                    lines.add(new SummarySentence.Line(purpose, phrase, recipient, printing.figure(now.kzt, converted),
                            before == null ? null : printing.figure(before.kzt, previous)));
                });
        Money totalKzt = sum(thisYear);
        Conversion total = printing.converted(totalKzt);
        Money previousKzt = lastYear.isEmpty() ? null : sum(lastYear);
        Conversion previous = previousKzt == null ? null : printing.converted(previousKzt);
        boolean floor = facts.floor();
        String sentence = SummarySentence.compose(year, new SummarySentence.Style(language, wording, floor),
                printing.figure(totalKzt, total), lines, previousKzt == null ? null : printing.figure(previousKzt, previous),
                new SummarySentence.Agencies(facts.oneAgency(thisYear.keySet()), facts.agencies()));
        return new YearSummary(year, language, sentence, basis.describe(), floor, totalKzt, total, figures,
                previousKzt == null ? null : year - 1, previousKzt, previous, printing.unavailable(totalKzt));
    }

    /** The wording of the reporting basis asked for; the TIP report 2018's on any other basis (or one not found). */
    private ReportWording wording(Basis basis) {
        return basis instanceof Basis.Reporting reporting ? bases.wording(reporting) : ReportWording.TIP_DEFAULT;
    }

    /** Converts the summary's tenge and prints them as its basis does. */
    private record Printing(Restatement restatement, Currency currency, Basis basis) {

        /** Tenge in the currency asked for, or null when the basis has no rate for it. */
        Conversion converted(Money kzt) {
            Restatement.Restated restated = restatement.restate(kzt, currency, basis);
            return restated.isMissing() ? null : restated.conversion();
        }

        String unavailable(Money kzt) {
            return restatement.restate(kzt, currency, basis).missing();
        }

        /** The figure as printed: rounded the basis's way, or as the TIP report 2018 rounded. */
        Figure figure(Money kzt, Conversion conversion) {
            if (conversion == null) {
                return new Figure(kzt, null);
            }
            Money printed = conversion.rounded() != null ? conversion.rounded() : Money.rounded(
                    TIP_ROUNDING.of(conversion.converted().amount()), conversion.converted().currency(), RoundingMode.UNNECESSARY);
            return new Figure(kzt, printed);
        }
    }

    /** One purpose's tenge in one year, and the shelters its allocations went to (null: not to a shelter). */
    private static final class PurposeSum {
        Money kzt = Money.zero(Money.KZT);
        final Set<UUID> shelters = new HashSet<>();
        String shelterName;
        String city;

        void add(Money tenge, SpendingLine line) {
            kzt = kzt.plus(tenge);
            if (line.allocated().signum() != 0) {
                shelters.add(line.shelterId());
                shelterName = line.shelterName();
                city = line.city();
            }
        }

        /** The one shelter all of it went to, if it all went to one. */
        Recipient oneShelter() {
            return shelters.size() == 1 && shelters.iterator().next() != null ? new Recipient(shelterName, city) : null;
        }
    }

    private static Map<String, PurposeSum> positive(Map<String, PurposeSum> sums) {
        Map<String, PurposeSum> kept = new LinkedHashMap<>();
        if (sums != null) {
            sums.forEach((purpose, sum) -> {
                if (sum.kzt.isPositive()) {
                    kept.put(purpose, sum);
                }
            });
        }
        return kept;
    }

    private static Money sum(Map<String, PurposeSum> sums) {
        return sums.values().stream().map(sum -> sum.kzt).reduce(Money::plus).orElseThrow();
    }

    /**
     * What the sentence needs besides the sums, read on one connection: each purpose's name in the
     * language asked for (the English name when it has none in it); whether the year is marked
     * incomplete (its figures a floor); and the agency each purpose's appropriations of the year name
     * when they all name the same one (reversed appropriations do not count).
     */
    private record YearFacts(Map<String, String> names, boolean floor, Map<String, String> agencies) {

        /** The one agency behind every line, or null. */
        String oneAgency(Set<String> purposes) {
            Set<String> named = new HashSet<>();
            purposes.forEach(purpose -> named.add(agencies.get(purpose)));
            return named.size() == 1 ? named.iterator().next() : null;
        }
    }

    private YearFacts facts(int year, String language, List<String> sources, Set<String> purposes) {
        String nameColumn = switch (language) {
            case "ru" -> "name_ru";
            case "kk" -> "name_kk";
            default -> "name";
        };
        Map<String, String> names = new HashMap<>();
        List<Boolean> incomplete = new ArrayList<>();
        Map<String, Set<String>> named = new HashMap<>();
        ReportSql period = new ReportSql().and("fiscal_year = ?", year);
        ReportSql appropriations = new ReportSql().and("a.fiscal_year = ?", year)
                .and("a.kind = ?", LedgerVocabulary.APPROPRIATION)
                .and("a.reverses_id is null and not exists (select 1 from budget_entry r where r.reverses_id = a.id)")
                .andIn("a.source", sources.stream().map(LedgerVocabulary::storedSource).toList())
                .andIn("a.purpose", purposes);
        try (Connection connection = dataSource.getConnection()) {
            new ReportSql().stream(connection, "select code, coalesce(" + nameColumn + ", name) as shown"
                    + " from budget_purpose", row -> Map.entry(row.getString("code"), row.getString("shown")),
                    entry -> names.put(entry.getKey(), entry.getValue()));
            period.stream(connection, "select incomplete from fiscal_period" + period.where(),
                    row -> row.getBoolean("incomplete"), incomplete::add);
            appropriations.stream(connection, "select purpose, agency from budget_entry a" + appropriations.where(),
                    row -> new String[] {row.getString("purpose"), row.getString("agency")},
                    row -> named.computeIfAbsent(row[0], p -> new HashSet<>()).add(row[1] == null ? "" : row[1]));
        } catch (SQLException e) {
            throw new IllegalStateException("The year's purposes, period and appropriations could not be read", e);
        }
        Map<String, String> agencies = new HashMap<>();
        named.forEach((purpose, agenciesNamed) -> {
            if (agenciesNamed.size() == 1 && !agenciesNamed.contains("")) {
                agencies.put(purpose, agenciesNamed.iterator().next());
            }
        });
        return new YearFacts(names, incomplete.contains(Boolean.TRUE), agencies);
    }
}
