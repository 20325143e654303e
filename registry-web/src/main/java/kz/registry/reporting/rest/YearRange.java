package kz.registry.reporting.rest;

import jakarta.ws.rs.QueryParam;
import kz.registry.shared.rest.QueryParameters;

/**
 * The years a report covers, named the same way on every report ({@code @BeanParam}): one
 * {@code year}, or {@code fromYear} and {@code toYear}, each defaulting to the report's bounds.
 */
public class YearRange {

    @QueryParam("year")
    String year;

    @QueryParam("fromYear")
    String fromYear;

    @QueryParam("toYear")
    String toYear;

    int first(int earliest) {
        int single = QueryParameters.integer("year", year, 0);
        return single != 0 ? single : QueryParameters.integer("fromYear", fromYear, earliest);
    }

    int last(int latest) {
        int single = QueryParameters.integer("year", year, 0);
        return single != 0 ? single : QueryParameters.integer("toYear", toYear, latest);
    }
}
