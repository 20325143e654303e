package kz.registry.budget.entity;

import java.util.List;

/** Which entries a year's totals sum: a year, and optionally only some sources and purposes. */
public record TotalsQuery(int year, List<FundingSource> sources, List<String> purposes) {

    public TotalsQuery {
        year = FiscalPeriod.checkedYear(year);
        sources = sources == null ? List.of() : List.copyOf(sources);
        purposes = purposes == null ? List.of() : purposes.stream().map(Purpose::normalCode).toList();
    }
}
