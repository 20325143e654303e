package kz.registry.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kz.registry.reporting.control.SmallCells.Margin;
import kz.registry.reporting.control.SmallCells.Reason;
import kz.registry.reporting.entity.StatisticsCell;

/**
 * The compensation statistics as they may be published: one table of each year's totals and one
 * per dimension (category, origin, sex, minor) by year, never a table crossing two dimensions,
 * so that no published cell narrows people down further than one attribute and the year.
 *
 * <p>A cell counting fewer victims than the minimum is hidden whole, with every cell a reader
 * could work it out from (each dimension's cells of a year add up to the year's totals; see
 * {@link SmallCells}). The days to decision are an average over the decided claims: a cell with
 * fewer decided claims than the minimum would give one person's wait, so its decided count and
 * average are hidden by the same rule over decided claims.
 */
public final class CompensationStatistics {

    /**
     * One published row: the cell's figures, or why they are hidden.
     *
     * @param hidden         why the whole row is hidden, or null
     * @param decisionHidden why the decided claims and their days are hidden, or null
     */
    public record Row(StatisticsCell cell, Reason hidden, Reason decisionHidden) {

        /** The average days from filing to decision, to one decimal; null when nothing was decided. */
        public BigDecimal meanDaysToDecision() {
            return cell.decided() == 0 ? null : BigDecimal.valueOf(cell.daysToDecision())
                    .divide(BigDecimal.valueOf(cell.decided()), 1, RoundingMode.HALF_UP);
        }
    }

    /** One published table: the year's totals ({@link StatisticsCell#YEAR}) or one dimension by year. */
    public record Table(String dimension, List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    private CompensationStatistics() {
    }

    /**
     * The tables, in the order of {@code dimensions} after the year's totals.
     *
     * @param cells   every year's totals and every dimension's cells
     * @param minimum the fewest victims (and decided claims) a published figure may rest on
     */
    public static List<Table> publish(List<StatisticsCell> cells, List<String> dimensions, int minimum) {
        Map<Integer, StatisticsCell> totals = cells.stream().filter(cell -> cell.dimension().equals(StatisticsCell.YEAR))
                .collect(Collectors.toMap(StatisticsCell::year, cell -> cell));
        List<Margin<StatisticsCell>> margins = new ArrayList<>();
        // no total over the years is published: the years' cells add up to nothing a reader has
        margins.add(new Margin<>(null, List.copyOf(totals.values())));
        for (String dimension : dimensions) {
            cells.stream().filter(cell -> cell.dimension().equals(dimension))
                    .collect(Collectors.groupingBy(StatisticsCell::year)).forEach((year, members) ->
                            margins.add(new Margin<>(Objects.requireNonNull(totals.get(year),
                                    () -> "no totals for " + year), members)));
        }
        Map<StatisticsCell, Reason> hidden = SmallCells.suppress(margins, StatisticsCell::victims, minimum, Map.of());
        Map<StatisticsCell, Reason> decisionHidden = SmallCells.suppress(margins, StatisticsCell::decided, minimum, hidden);
        List<Table> tables = new ArrayList<>();
        tables.add(table(StatisticsCell.YEAR, cells, hidden, decisionHidden));
        dimensions.forEach(dimension -> tables.add(table(dimension, cells, hidden, decisionHidden)));
        return tables;
    }

    private static Table table(String dimension, List<StatisticsCell> cells, Map<StatisticsCell, Reason> hidden,
                               Map<StatisticsCell, Reason> decisionHidden) {
        return new Table(dimension, cells.stream().filter(cell -> cell.dimension().equals(dimension))
                .sorted(Comparator.comparingInt(StatisticsCell::year)
                        .thenComparing(StatisticsCell::value, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(cell -> new Row(cell, hidden.get(cell), hidden.containsKey(cell) ? null : decisionHidden.get(cell)))
                .toList());
    }
}
