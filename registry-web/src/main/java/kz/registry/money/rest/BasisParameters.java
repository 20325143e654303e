package kz.registry.money.rest;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import kz.registry.money.Basis;
import kz.registry.shared.rest.QueryDoc;

/**
 * The query parameters that choose a conversion basis, for any endpoint that shows converted
 * amounts ({@code @BeanParam}): {@code basis} = value-date (with {@code date}), year-average
 * (with {@code year}) or fixed (with {@code fixedRate}).
 */
public class BasisParameters {

    @QueryDoc(description = "The conversion basis: value-date (each figure on its value date, or on date), year-average (the average official rate of year) or fixed (the fixed rate named by fixedRate)", values = {"value-date", "year-average", "fixed"}, example = "fixed")

    @QueryParam("basis")
    String basis;

    @QueryDoc(description = "With basis=value-date: the day whose official rate converts every figure", format = "date", example = "2017-06-30")

    @QueryParam("date")
    String date;

    @QueryDoc(description = "With basis=year-average: the year whose average official rate converts", type = "integer", format = "int32", example = "2017")

    @QueryParam("year")
    String year;

    @QueryDoc(description = "With basis=fixed: the name of a fixed rate (GET /api/rates/fixed lists them)", example = "TIP 2018")

    @QueryParam("fixedRate")
    String fixedRate;

    /** The basis asked for; value-date of {@code fallbackDay} when the caller named no date. */
    public Basis basis(LocalDate fallbackDay) {
        return Bases.of(basis, date, year, fixedRate, fallbackDay);
    }

    /**
     * The basis asked for when it is the same for every entry; null when each entry is restated
     * on its own value date (no basis named, or value-date without a date).
     */
    public Basis fixedOrEachEntrysOwn() {
        boolean valueDate = Bases.chosen(basis, date, fixedRate).equals("value-date");
        return valueDate && (date == null || date.isBlank()) ? null : Bases.of(basis, date, year, fixedRate);
    }

    /** The basis asked for; {@code fallback} when the caller named none. */
    public Basis basisOr(Basis fallback) {
        Bases.chosen(basis, date, fixedRate);
        return basis == null || basis.isBlank() ? fallback : Bases.of(basis, date, year, fixedRate);
    }
}
