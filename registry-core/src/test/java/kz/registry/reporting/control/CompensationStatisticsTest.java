package kz.registry.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import kz.registry.reporting.control.CompensationStatistics.Row;
import kz.registry.reporting.control.CompensationStatistics.Table;
import kz.registry.reporting.control.SmallCells.Reason;
import kz.registry.reporting.entity.StatisticsCell;
import org.junit.jupiter.api.Test;

/**
 * The published tables on made-up years built to give someone away: 2031 has one foreign victim,
 * a girl, among 22 Kazakhstani victims; 2032 has three victims in all; in 2033 one claim of six
 * foreign victims' was decided. Each victim has one claim of 30 MCI at 3,932 KZT (117,960 KZT).
 */
class CompensationStatisticsTest {

    private static final List<String> DIMENSIONS = List.of("category", "origin", "sex", "minor");
    private static final BigDecimal AMOUNT = new BigDecimal("117960.00");

    /** A made-up victim with one claim; {@code days} null: not decided. */
    record Victim(int year, String category, String origin, String sex, boolean minor, Integer days) {
    }

    @Test
    void theForeignGirlOf2031CannotBeFoundInAnyTable() {
        List<Table> tables = CompensationStatistics.publish(cells(victims()), DIMENSIONS, 5);

        Row year = row(tables, "year", 2031, null);
        assertThat(year.hidden()).isNull();
        assertThat(year.cell().victims()).isEqualTo(23);
        // 22 claims decided in 30 days and hers in 45: 705 days over 23 claims is 30.65, printed 30.7
        assertThat(year.meanDaysToDecision()).isEqualByComparingTo("30.7");
        assertThat(year.cell().approved()).isEqualByComparingTo("2713080.00"); // 23 x 117,960

        // the one foreign victim is hidden, and the domestic 22 with her, or 23 - 22 would give her away
        assertThat(row(tables, "origin", 2031, "foreign").hidden()).isEqualTo(Reason.SMALL_CELL);
        assertThat(row(tables, "origin", 2031, "domestic").hidden()).isEqualTo(Reason.COMPLEMENTARY);
        // three minors (her and two Kazakhstani girls), and the category only minors are in
        assertThat(row(tables, "minor", 2031, "true").hidden()).isEqualTo(Reason.SMALL_CELL);
        assertThat(row(tables, "minor", 2031, "false").hidden()).isEqualTo(Reason.COMPLEMENTARY);
        assertThat(row(tables, "category", 2031, "trafficking-in-minors").hidden()).isEqualTo(Reason.SMALL_CELL);
        assertThat(row(tables, "category", 2031, "trafficking-in-persons").hidden()).isEqualTo(Reason.COMPLEMENTARY);
        // nine women and girls and fourteen men: both large enough, both published
        assertThat(row(tables, "sex", 2031, "female").hidden()).isNull();
        assertThat(row(tables, "sex", 2031, "female").cell().victims()).isEqualTo(9);
        assertThat(row(tables, "sex", 2031, "male").cell().victims()).isEqualTo(14);

        noPublishedFigureRestsOnFewerThan(5, tables);
    }

    @Test
    void aYearOfThreeVictimsIsHiddenEverywhere() {
        List<Table> tables = CompensationStatistics.publish(cells(victims()), DIMENSIONS, 5);
        assertThat(row(tables, "year", 2032, null).hidden()).isEqualTo(Reason.SMALL_CELL);
        tables.stream().flatMap(table -> table.rows().stream()).filter(row -> row.cell().year() == 2032)
                .forEach(row -> assertThat(row.hidden()).as(row.cell().toString()).isNotNull());
        // the other years' totals do not add up to anything published, so 2032 needs no partner
        assertThat(row(tables, "year", 2031, null).hidden()).isNull();
        assertThat(row(tables, "year", 2033, null).hidden()).isNull();
    }

    @Test
    void oneDecidedClaimDoesNotGiveItsDaysAway() {
        List<Table> tables = CompensationStatistics.publish(cells(victims()), DIMENSIONS, 5);
        Row foreign = row(tables, "origin", 2033, "foreign");
        Row domestic = row(tables, "origin", 2033, "domestic");
        // six foreign victims: their counts are published, but their one decided claim's 90 days are not
        assertThat(foreign.hidden()).isNull();
        assertThat(foreign.cell().victims()).isEqualTo(6);
        assertThat(foreign.decisionHidden()).isEqualTo(Reason.SMALL_CELL);
        // nor the six domestic decisions, or the year's 7 decisions (6 x 30 + 90 = 270 days) would give it
        assertThat(domestic.decisionHidden()).isEqualTo(Reason.COMPLEMENTARY);
        Row year = row(tables, "year", 2033, null);
        assertThat(year.decisionHidden()).isNull();
        assertThat(year.meanDaysToDecision()).isEqualByComparingTo("38.6"); // 270 / 7 = 38.57
        noPublishedFigureRestsOnFewerThan(5, tables);
    }

    @Test
    void aHigherMinimumHidesMore() {
        List<Table> tables = CompensationStatistics.publish(cells(victims()), DIMENSIONS, 10);
        // nine women and girls are fewer than ten: hidden, and the fourteen men with them
        assertThat(row(tables, "sex", 2031, "female").hidden()).isEqualTo(Reason.SMALL_CELL);
        assertThat(row(tables, "sex", 2031, "male").hidden()).isEqualTo(Reason.COMPLEMENTARY);
        noPublishedFigureRestsOnFewerThan(10, tables);
    }

    /**
     * As a reader would attack the tables: in every year whose totals are published, each
     * dimension's hidden cells are what the total minus the published cells gives; that must
     * be nothing, or at least two cells holding at least {@code minimum} people together.
     */
    private static void noPublishedFigureRestsOnFewerThan(int minimum, List<Table> tables) {
        Table years = tables.getFirst();
        for (Row total : years.rows()) {
            for (Table table : tables.subList(1, tables.size())) {
                List<Row> members = table.rows().stream().filter(row -> row.cell().year() == total.cell().year()).toList();
                if (total.hidden() == null) {
                    workedOut(members, Row::hidden, StatisticsCell::victims, minimum, table, total);
                }
                if (total.hidden() == null && total.decisionHidden() == null) {
                    workedOut(members, row -> row.hidden() != null ? row.hidden() : row.decisionHidden(),
                            StatisticsCell::decided, minimum, table, total);
                }
            }
        }
    }

    private static void workedOut(List<Row> members, Function<Row, Reason> hiddenBy, ToLongFunction<StatisticsCell> count,
                                  int minimum, Table table, Row total) {
        List<Row> hidden = members.stream().filter(row -> hiddenBy.apply(row) != null).toList();
        long residual = count.applyAsLong(total.cell()) - members.stream().filter(row -> hiddenBy.apply(row) == null)
                .mapToLong(row -> count.applyAsLong(row.cell())).sum();
        String where = table.dimension() + " " + total.cell().year();
        if (hidden.isEmpty()) {
            assertThat(residual).as(where).isZero();
        } else {
            assertThat(hidden).as(where).hasSizeGreaterThanOrEqualTo(2);
            assertThat(residual).as(where).isGreaterThanOrEqualTo(minimum);
        }
    }

    private static List<Victim> victims() {
        List<Victim> victims = new ArrayList<>();
        victims.add(new Victim(2031, "trafficking-in-minors", "foreign", "female", true, 45));
        victims.addAll(Collections.nCopies(2, new Victim(2031, "trafficking-in-minors", "domestic", "female", true, 30)));
        victims.addAll(Collections.nCopies(6, new Victim(2031, "trafficking-in-persons", "domestic", "female", false, 30)));
        victims.addAll(Collections.nCopies(14, new Victim(2031, "trafficking-in-persons", "domestic", "male", false, 30)));
        victims.addAll(Collections.nCopies(3, new Victim(2032, "trafficking-in-persons", "domestic", "male", false, 20)));
        victims.addAll(Collections.nCopies(6, new Victim(2033, "trafficking-in-persons", "domestic", "male", false, 30)));
        victims.add(new Victim(2033, "trafficking-in-persons", "foreign", "male", false, 90));
        victims.addAll(Collections.nCopies(5, new Victim(2033, "trafficking-in-persons", "foreign", "male", false, null)));
        return victims;
    }

    /** The cells the registry's query would count for these victims: the test's own tally. */
    private static List<StatisticsCell> cells(List<Victim> victims) {
        Map<String, Function<Victim, String>> dimensions = Map.of("year", victim -> null,
                "category", Victim::category, "origin", Victim::origin, "sex", Victim::sex,
                "minor", victim -> String.valueOf(victim.minor()));
        List<StatisticsCell> cells = new ArrayList<>();
        dimensions.forEach((dimension, value) -> victims.stream()
                .collect(Collectors.groupingBy(victim -> List.of(victim.year(), Objects.toString(value.apply(victim), ""))))
                .forEach((key, group) -> {
                    long decided = group.stream().filter(victim -> victim.days() != null).count();
                    long days = group.stream().filter(victim -> victim.days() != null).mapToLong(Victim::days).sum();
                    BigDecimal approved = AMOUNT.multiply(BigDecimal.valueOf(decided));
                    cells.add(new StatisticsCell(dimension, (Integer) key.get(0), value.apply(group.getFirst()),
                            group.size(), group.size(), decided, approved, 0, BigDecimal.ZERO.setScale(2), decided, days));
                }));
        return cells;
    }

    private static Row row(List<Table> tables, String dimension, int year, String value) {
        return tables.stream().filter(table -> table.dimension().equals(dimension)).findFirst().orElseThrow().rows()
                .stream().filter(row -> row.cell().year() == year && Objects.equals(row.cell().value(), value))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + dimension + " " + year + " " + value));
    }

}
