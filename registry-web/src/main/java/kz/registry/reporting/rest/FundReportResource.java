package kz.registry.reporting.rest;

import static kz.registry.reporting.rest.CompensationReportResource.kzt;
import static kz.registry.shared.rest.Table.column;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.registry.claims.ClaimVocabulary;
import kz.registry.reporting.boundary.FundReports;
import kz.registry.reporting.entity.FundStatement;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.ReportResponses;
import kz.registry.shared.rest.Table;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/reports/fund}: the victims compensation fund's statement for any period. */
@Path("reports/fund")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV, ReportResponses.XLSX})
@RolesAllowed({Roles.AUDITOR, Roles.COURT_CLERK})
public class FundReportResource {

    static final String LINES = "line,source,amount_kzt";

    /** The statement as lines: opening, one per inflow source, recoveries, payments, closing, ledger balance. */
    static final Table<StatementLine> LINE_TABLE = Table.of(
            column("line", StatementLine::line),
            column("source", StatementLine::source),
            column("amount_kzt", StatementLine::amount));

    @Inject
    FundReports reports;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Operation(summary = "The fund's statement for a period, reconciled with its ledger",
            description = "By value date, from and to included (default: the current year to today): opening balance, "
                    + "inflows by source, recourse recoveries, payments to victims, closing balance; and the ledger's own "
                    + "balance at the last day, summed separately; reconciles says whether the two agree. CSV columns: "
                    + LINES + " (lines opening, inflow, recoveries, payments, closing, ledger_balance)")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a year", summary = "GET /api/reports/fund?from=2024-01-01&to=2024-12-31",
                    value = "{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\",\"opening\":\"250000.00\",\"inflows\":"
                            + "{\"COMPULSORY_PAYMENT\":\"120000.00\"},\"recoveries\":\"30000.00\",\"payments\":\"176580.00\","
                            + "\"closing\":\"223420.00\",\"ledgerBalance\":\"223420.00\",\"reconciles\":true}")))
    public Response statement(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("format") String format) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = from == null || from.isBlank() ? today.withDayOfYear(1) : QueryParameters.date("from", from);
        LocalDate last = to == null || to.isBlank() ? today : QueryParameters.date("to", to);
        FundStatement statement = reports.statement(first, last);
        Map<String, String> inflows = new LinkedHashMap<>();
        statement.inflows().forEach((source, amount) -> inflows.put(source, kzt(amount)));
        StatementView view = new StatementView(statement.from(), statement.to(), kzt(statement.opening()), inflows,
                kzt(statement.recoveries()), kzt(statement.payments()), kzt(statement.closing()),
                kzt(statement.ledgerBalance()), statement.reconciles());
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "fund-statement", view,
                LINE_TABLE, lines(statement));
    }

    private static List<StatementLine> lines(FundStatement statement) {
        List<StatementLine> lines = new ArrayList<>();
        lines.add(new StatementLine("opening", null, statement.opening()));
        statement.inflows().forEach((source, amount) -> lines.add(new StatementLine("inflow", source, amount)));
        lines.add(new StatementLine("recoveries", ClaimVocabulary.RECOVERY_SOURCE, statement.recoveries()));
        lines.add(new StatementLine("payments", "VICTIM_PAYMENT", statement.payments()));
        lines.add(new StatementLine("closing", null, statement.closing()));
        lines.add(new StatementLine("ledger_balance", null, statement.ledgerBalance()));
        return lines;
    }

    record StatementLine(String line, String source, BigDecimal amount) {
        StatementLine {
            amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
    }

    public record StatementView(LocalDate from, LocalDate to, String opening, Map<String, String> inflows,
                                String recoveries, String payments, String closing, String ledgerBalance,
                                boolean reconciles) {
    }
}
