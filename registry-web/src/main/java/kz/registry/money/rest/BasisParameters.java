package kz.registry.money.rest;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import kz.registry.money.Basis;

/**
 * The query parameters that choose a conversion basis, for any endpoint that shows converted
 * amounts ({@code @BeanParam}): {@code basis} = value-date (with {@code date}), year-average
 * (with {@code year}) or fixed (with {@code fixedRate}).
 */
public class BasisParameters {

    @QueryParam("basis")
    String basis;

    @QueryParam("date")
    String date;

    @QueryParam("year")
    String year;

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
