package kz.registry.money.rest;

import java.time.LocalDate;
import java.util.Locale;
import kz.registry.money.Basis;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.rest.QueryParameters;

/** Reads a conversion basis from query parameters, the same way on every endpoint that converts. */
public final class Bases {

    private Bases() {
    }

    public static Basis of(String name, String date, String year, String fixedRate) {
        return of(name, date, year, fixedRate, null);
    }

    /**
     * A basis from the query parameters every conversion takes: {@code basis} (value-date,
     * year-average or fixed), and its {@code date}, {@code year} or {@code fixedRate}.
     *
     * @param fallbackDay the value date when the basis is value-date and no date is given (null: required)
     */
    public static Basis of(String name, String date, String year, String fixedRate, LocalDate fallbackDay) {
        String chosen = chosen(name, date, fixedRate);
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
                yield new Basis.Fixed(fixedRate.strip());
            }
            default -> throw new InvalidInputException("basis", "must be value-date, year-average or fixed");
        };
    }

    /**
     * The basis named (value-date when none), refusing a date or a fixed rate the basis would not
     * use: a caller who sends {@code fixedRate} without {@code basis=fixed} means a fixed rate, and
     * must not silently get another basis.
     */
    static String chosen(String name, String date, String fixedRate) {
        String chosen = name == null || name.isBlank() ? "value-date" : name.strip().toLowerCase(Locale.ROOT);
        if (fixedRate != null && !fixedRate.isBlank() && !chosen.equals("fixed")) {
            throw new InvalidInputException("fixedRate", "only the fixed basis takes a fixed rate: add basis=fixed,"
                    + " or leave fixedRate out");
        }
        if (date != null && !date.isBlank() && !chosen.equals("value-date")) {
            throw new InvalidInputException("date", "only the value-date basis takes a date: the " + chosen
                    + " basis does not; leave date out");
        }
        return chosen;
    }
}
