package kz.registry.budget.rest;

import jakarta.ws.rs.QueryParam;
import kz.registry.shared.DayRange;
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

    /** The days asked for; a 400 on valueTo when it comes before valueFrom. */
    DayRange range() {
        return QueryParameters.days("valueFrom", from, "valueTo", to);
    }
}
