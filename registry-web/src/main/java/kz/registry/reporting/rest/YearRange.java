package kz.registry.reporting.rest;

import jakarta.ws.rs.QueryParam;
import kz.registry.shared.rest.QueryDoc;
import kz.registry.shared.rest.QueryParameters;

/**
 * The years a report covers, named the same way on every report ({@code @BeanParam}): one
 * {@code year}, or {@code fromYear} and {@code toYear}, each defaulting to the report's bounds.
 */
public class YearRange {

    @QueryDoc(description = "One fiscal year the report covers", type = "integer", format = "int32", example = "2017")

    @QueryParam("year")
    String year;

    @QueryDoc(description = "The first fiscal year the report covers (without year)", type = "integer", format = "int32", example = "2016")

    @QueryParam("fromYear")
    String fromYear;

    @QueryDoc(description = "The last fiscal year the report covers (without year)", type = "integer", format = "int32", example = "2017")

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
