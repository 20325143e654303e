package kz.registry.reporting.rest;

import static kz.registry.shared.rest.Table.column;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.RateUsed;
import kz.registry.money.rest.BasisParameters;
import kz.registry.money.rest.MoneyViews.ConversionView;
import kz.registry.reporting.boundary.YearSummaries;
import kz.registry.reporting.entity.YearSummary;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.ReportResponses;
import kz.registry.shared.rest.Table;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/reports/years/{year}/summary}: the year's allocations in the words of the TIP report. */
@Path("reports/years")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV})
@RolesAllowed({Roles.AUDITOR, Roles.FINANCE_OFFICER})
public class YearSummaryResource {

    static final String LINES = "fiscal_year,part,purpose,phrase,kzt,converted,currency,basis,kzt_per_unit,rate_what,"
            + "rate_source,sentence";

    static final Table<SummaryLine> LINE_TABLE = Table.of(
            column("fiscal_year", SummaryLine::year),
            column("part", SummaryLine::part),
            column("purpose", SummaryLine::purpose),
            column("phrase", SummaryLine::phrase),
            column("kzt", line -> line.conversion().original().amount()),
            column("converted", line -> line.conversion().converted().amount()),
            column("currency", line -> line.conversion().converted().code()),
            column("basis", line -> line.conversion().basis()),
            column("kzt_per_unit", line -> line.conversion().rates().getLast().kztPerUnit()),
            column("rate_what", line -> line.conversion().rates().getLast().what()),
            column("rate_source", line -> line.conversion().rates().getLast().source()),
            column("sentence", SummaryLine::sentence));

    @Inject
    YearSummaries summaries;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Path("{year}/summary")
    @Operation(summary = "The year's allocations in the words of the US Trafficking in Persons report",
            description = "Allocations of the fiscal year, in all and per purpose, and the year before, converted into "
                    + "currency (default USD) on the chosen basis (default: the year's average official rate), with the "
                    + "sentence the report would write: tenge in millions, dollars to the nearest ten. source and purpose "
                    + "(comma-separated codes) limit what counts. CSV columns: " + LINES)
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "the seed's year at the report's rate",
                    summary = "GET /api/reports/years/2017/summary?basis=fixed&fixedRate=TIP%202018",
                    value = "{\"year\":2017,\"sentence\":\"In 2017, the government allocated at least 162.7 million KZT "
                            + "($491,080) to direct victim assistance, including 159 million KZT ($479,910) for shelter "
                            + "assistance and 3.7 million KZT ($11,170) for victim assistance during investigations, an "
                            + "increase from 25.97 million KZT ($78,390) in 2016.\",\"basis\":\"fixed rate 'TIP 2018'\"}")))
    public Response summary(@PathParam("year") String year, @QueryParam("currency") String currency,
                            @QueryParam("source") String source, @QueryParam("purpose") String purpose,
                            @BeanParam BasisParameters basis, @QueryParam("format") String format) {
        int fiscalYear = QueryParameters.integer("year", year, 0);
        Currency target = currency == null || currency.isBlank() ? Currency.getInstance("USD") : Money.currency(currency);
        YearSummary summary = summaries.summary(fiscalYear, target, basis.basisOr(new Basis.YearAverage(fiscalYear)),
                SpendingReportResource.SpendingFilter.codes(source), SpendingReportResource.SpendingFilter.codes(purpose));
        SummaryView view = new SummaryView(summary.year(), summary.sentence(), summary.basis(),
                ConversionView.of(summary.allocated()), summary.purposes().stream().map(figure -> new PurposeView(
                figure.purpose(), figure.phrase(), ConversionView.of(figure.allocated()))).toList(),
                summary.previousYear(), summary.previous() == null ? null : ConversionView.of(summary.previous()));
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "summary-" + summary.year(), view,
                LINE_TABLE, lines(summary));
    }

    private static List<SummaryLine> lines(YearSummary summary) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine(summary.year(), "total", null, null, summary.allocated(), summary.sentence()));
        summary.purposes().forEach(purpose -> lines.add(new SummaryLine(summary.year(), "purpose", purpose.purpose(),
                purpose.phrase(), purpose.allocated(), null)));
        if (summary.previous() != null) {
            lines.add(new SummaryLine(summary.previousYear(), "previous-year", null, null, summary.previous(), null));
        }
        return lines;
    }

    record SummaryLine(int year, String part, String purpose, String phrase, Conversion conversion, String sentence) {
    }

    public record SummaryView(int year, String sentence, String basis, ConversionView allocated,
                              List<PurposeView> purposes, Integer previousYear, ConversionView previous) {
    }

    public record PurposeView(String purpose, String phrase, ConversionView allocated) {
    }
}
