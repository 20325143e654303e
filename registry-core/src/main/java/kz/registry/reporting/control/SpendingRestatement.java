package kz.registry.reporting.control;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.Restatement;
import kz.registry.money.TengeFigures;
import kz.registry.reporting.entity.SpendingLine;
import kz.registry.reporting.entity.SpendingQuery;
import kz.registry.reporting.entity.SpendingReport;
import kz.registry.reporting.entity.SpendingReport.Row;

/**
 * Turns the summed lines of a spending report (one per group and recorded currency) into the
 * finished report: every currency recorded put into KZT, each row restated in the target
 * currency on its basis, and the total. Missing rates follow {@link Restatement}'s one policy.
 */
public final class SpendingRestatement {

    private static final List<String> FIGURES = SpendingReport.FIGURES;

    private SpendingRestatement() {
    }

    /**
     * @param chosen the basis asked for, or null for the average of each row's own fiscal year
     */
    public static SpendingReport report(SpendingQuery query, List<SpendingLine> lines, Currency target, Basis chosen,
                                        Restatement restatement) {
        Map<GroupKey, RowBuilder> groups = new LinkedHashMap<>();
        for (SpendingLine line : lines) {
            Basis basis = chosen != null ? chosen : new Basis.YearAverage(line.year());
            RowBuilder row = groups.computeIfAbsent(GroupKey.of(line), key -> new RowBuilder(basis));
            Currency recorded = Money.currency(line.currency());
            List<java.math.BigDecimal> sums = List.of(line.appropriated(), line.allocated(), line.committed(), line.paid());
            for (int i = 0; i < FIGURES.size(); i++) {
                if (sums.get(i).signum() == 0) {
                    continue; // nothing in any currency: it needs no rate
                }
                row.figures.add(FIGURES.get(i), restatement.intoTenge(Money.rounded(sums.get(i), recorded,
                        RoundingMode.HALF_EVEN), basis));
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, row) -> rows.add(row.finish(key, target, restatement)));
        String basis = chosen == null ? "average of the official rates of each row's fiscal year" : chosen.describe();
        return new SpendingReport(query, target, basis, rows, total(rows, target));
    }

    private static SpendingReport.Total total(List<Row> rows, Currency target) {
        Map<String, Money> kzt = new LinkedHashMap<>();
        Map<String, Money> converted = new LinkedHashMap<>();
        FIGURES.forEach(figure -> {
            kzt.put(figure, Money.zero(Money.KZT));
            converted.put(figure, Money.zero(target));
        });
        boolean complete = true;
        for (Row row : rows) {
            for (String figure : FIGURES) {
                kzt.computeIfPresent(figure, (name, sum) -> row.kzt(figure).map(sum::plus).orElse(null));
            }
            complete &= row.unavailable() == null;
            row.converted().forEach((figure, conversion) -> converted.merge(figure, conversion.converted(), Money::plus));
        }
        return new SpendingReport.Total(rows.size(), kzt, complete ? converted : null);
    }

    /** What one row groups: null where the report does not group by it. */
    private record GroupKey(int year, String source, String purpose, UUID shelterId, String shelterName, String city,
                            String caseNumber) {
        static GroupKey of(SpendingLine line) {
            return new GroupKey(line.year(), line.source(), line.purpose(), line.shelterId(), line.shelterName(),
                    line.city(), line.caseNumber());
        }
    }

    /** A row being built: its basis, and its figures in tenge. */
    private static final class RowBuilder {
        final Basis basis;
        final TengeFigures<String> figures = new TengeFigures<>(FIGURES);

        RowBuilder(Basis basis) {
            this.basis = basis;
        }

        Row finish(GroupKey key, Currency target, Restatement restatement) {
            Map<String, Conversion> converted = figures.restated(target, basis, restatement);
            return new Row(key.year(), key.source(), key.purpose(), key.shelterId(), key.shelterName(), key.city(),
                    key.caseNumber(), basis, figures.kzt(), converted, figures.intoKzt(), figures.unavailable());
        }
    }
}
