package kz.registry.money.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.registry.money.Basis;
import kz.registry.money.boundary.ReportingBases;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.rest.QueryParameters;

/** Reads a conversion basis from query parameters, the same way on every endpoint that converts. */
final class Bases {

    private Bases() {
    }

    /**
     * A basis from the query parameters every conversion takes: {@code basis} (value-date,
     * year-average, fixed, or the name of a reporting basis), and its {@code date}, {@code year},
     * {@code fixedRate} or {@code basisRevision}.
     *
     * @param fallbackDay the value date when the basis is value-date and no date is given (null: required)
     */
    static Basis of(String name, String date, String year, String fixedRate, String revision, LocalDate fallbackDay) {
        String chosen = chosen(name, date, fixedRate, revision);
        return switch (chosen) {
            case "value-date" -> {
                LocalDate day = date == null || date.isBlank() ? fallbackDay : QueryParameters.date("date", date);
                if (day == null) {
                    throw new InvalidInputException("date", "the value-date basis needs the date (YYYY-MM-DD)");
                }
                yield new Basis.ValueDate(day);
            }
            case "year-average" -> {
                int chosenYear = QueryParameters.integer("year", year, -1);
                if (chosenYear < 1993 || chosenYear > 2100) {
                    throw new InvalidInputException("year", "the year-average basis needs a year (the tenge dates from 1993)");
                }
                yield new Basis.YearAverage(chosenYear);
            }
            case "fixed" -> {
                if (fixedRate == null || fixedRate.isBlank()) {
                    throw new InvalidInputException("fixedRate", "the fixed basis needs the name of a fixed rate");
                }
                yield new Basis.Fixed(fixedRate.strip(), revision(revision));
            }
            default -> new Basis.Reporting(chosen, revision(revision));
        };
    }

    private static Integer revision(String revision) {
        Integer asked = revision == null || revision.isBlank() ? null
                : QueryParameters.integer("basisRevision", revision, 0);
        if (asked != null && asked < 1) {
            throw new InvalidInputException("basisRevision", "a revision is 1 or more");
        }
        return asked;
    }

    /**
     * The basis named (value-date when none; a reporting basis's name as given), refusing a date, a
     * fixed rate or a revision the basis would not use: a caller who sends {@code fixedRate} without
     * {@code basis=fixed} means a fixed rate, and must not silently get another basis.
     */
    static String chosen(String name, String date, String fixedRate, String revision) {
        String given = name == null || name.isBlank() ? "value-date" : name.strip();
        String builtIn = given.toLowerCase(Locale.ROOT);
        String chosen = ReportingBases.BUILT_IN_BASES.contains(builtIn) ? builtIn : given;
        if (fixedRate != null && !fixedRate.isBlank() && !chosen.equals("fixed")) {
            throw new InvalidInputException("fixedRate", "only the fixed basis takes a fixed rate: add basis=fixed,"
                    + " or leave fixedRate out");
        }
        if (date != null && !date.isBlank() && !chosen.equals("value-date")) {
            throw new InvalidInputException("date", "only the value-date basis takes a date: the " + chosen
                    + " basis does not; leave date out");
        }
        if (revision != null && !revision.isBlank() && List.of("value-date", "year-average").contains(chosen)) {
            throw new InvalidInputException("basisRevision", "only a reporting basis (basis=its name) and a fixed rate"
                    + " have revisions; the " + chosen + " basis takes the official rates in force");
        }
        return chosen;
    }
}
