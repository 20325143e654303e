package kz.registry.budget.rest;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import kz.registry.shared.rest.QueryDoc;
import kz.registry.shared.rest.QueryParameters;

/** A list's entries by their value dates: from the first day to the last, both included; either may be left out. */
public class ValueDays {

    @QueryDoc(description = "Only entries valued on or after this day", format = "date", example = "2017-01-01")
    @QueryParam("valueFrom")
    String from;

    @QueryDoc(description = "Only entries valued on or before this day", format = "date", example = "2017-06-30")
    @QueryParam("valueTo")
    String to;

    LocalDate from() {
        return QueryParameters.date("valueFrom", from);
    }

    LocalDate to() {
        return QueryParameters.date("valueTo", to);
    }
}
