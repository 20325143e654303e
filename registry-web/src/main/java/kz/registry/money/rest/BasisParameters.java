package kz.registry.money.rest;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import kz.registry.money.Basis;
import kz.registry.shared.rest.QueryDoc;

/**
 * The query parameters that choose a conversion basis, for any endpoint that shows converted
 * amounts ({@code @BeanParam}): {@code basis} = value-date (with {@code date}), year-average
 * (with {@code year}), fixed (with {@code fixedRate}) or the name of a reporting basis (with
 * {@code basisRevision}, to recompute as an earlier revision did).
 */
public class BasisParameters {

    @QueryDoc(description = "The conversion basis: value-date (each figure on its value date, or on date), year-average (the average official rate of year), fixed (the fixed rate named by fixedRate), or the name of a reporting basis (GET /api/reporting-bases), whose figures come both exact and rounded its way", example = "US TIP 2018")

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

    @QueryDoc(description = "With a reporting basis or a fixed rate: the revision to compute on, as it was before a correction (default: the current one)", type = "integer", format = "int32", example = "1")

    @QueryParam("basisRevision")
    String basisRevision;

    /** The basis asked for; value-date of {@code fallbackDay} when the caller named no date (null: required). */
    public Basis basis(LocalDate fallbackDay) {
        return Bases.of(basis, date, year, fixedRate, basisRevision, fallbackDay);
    }

    /**
     * The basis asked for when it is the same for every entry; null when each entry is restated
     * on its own value date (no basis named, or value-date without a date).
     */
    public Basis fixedOrEachEntrysOwn() {
        boolean valueDate = Bases.chosen(basis, date, fixedRate, basisRevision).equals("value-date");
        return valueDate && (date == null || date.isBlank()) ? null : basis(null);
    }

    /** The basis asked for; {@code fallback} when the caller named none. */
    public Basis basisOr(Basis fallback) {
        Bases.chosen(basis, date, fixedRate, basisRevision);
        return basis == null || basis.isBlank() ? fallback : basis(null);
    }
}
