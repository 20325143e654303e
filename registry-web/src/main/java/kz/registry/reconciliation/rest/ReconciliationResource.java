package kz.registry.reconciliation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import kz.registry.reconciliation.boundary.BankReconciliation;
import kz.registry.reconciliation.entity.MonthReconciliation;
import kz.registry.reconciliation.rest.ReconciliationViews.MatchInput;
import kz.registry.reconciliation.rest.ReconciliationViews.MatchedView;
import kz.registry.reconciliation.rest.ReconciliationViews.MatchingInput;
import kz.registry.reconciliation.rest.ReconciliationViews.MonthView;
import kz.registry.reconciliation.rest.ReconciliationViews.ResolutionInput;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.ReportResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/reconciliations/{account}/{month}}: an account's month reconciled with the bank,
 * its unmatched items resolved and the month signed off.
 */
@Path("reconciliations/{account}/{month}")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV, ReportResponses.XLSX})
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR})
public class ReconciliationResource {

    @Inject
    BankReconciliation reconciliation;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Operation(summary = "The month reconciled", description = "The statements' opening and closing balances and what "
            + "their lines add up to; the ledger's balances (the fund's) and movement; what was matched; every unmatched "
            + "item on either side with its age in days on asOf and its resolution; whether the month is signed off, or "
            + "what keeps it from being. CSV (format=csv or Accept: text/csv): the unmatched items, columns "
            + "side,id,day,amount,reference,description,age_days,resolution,reason.")
    public Response month(@Parameter(description = "The account's code", example = "fund-account") @PathParam("account") String account,
                          @Parameter(description = "The month, YYYY-MM", example = "2026-03") @PathParam("month") String month,
                          @Parameter(description = "The day ages are counted to (default: today)", example = "2026-04-10")
                          @QueryParam("asOf") String asOf, @QueryParam("format") String format) {
        LocalDate day = asOf == null || asOf.isBlank() ? null : QueryParameters.date("asOf", asOf);
        MonthReconciliation view = reconciliation.month(account, ReconciliationViews.month(month), day);
        return ReportResponses.whole(request, ReportResponses.format(format, headers),
                "reconciliation-" + account + "-" + month, MonthView.of(view), ReconciliationViews.ITEMS, view.unmatched());
    }

    @POST
    @Path("matching")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    @Operation(summary = "Match what is left of the month again, within a window the officer sets")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "a week",
            value = "{\"windowDays\": 7}")))
    public MatchedView matching(@Parameter(description = "The account's code", example = "fund-account") @PathParam("account") String account,
                          @Parameter(description = "The month, YYYY-MM", example = "2026-03") @PathParam("month") String month,
                                @Valid @NotNull MatchingInput input) {
        BankReconciliation.Rematched rematched = reconciliation.matchAutomatically(account, ReconciliationViews.month(month),
                input.windowDays());
        return new MatchedView(rematched.matched(), MonthView.of(rematched.month()));
    }

    @POST
    @Path("matches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    @Operation(summary = "Match lines and entries by hand", description = "They must add up to the same amount; the reason is kept.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "two transfers booked as one",
            value = "{\"lines\": [\"6f1c2f8e-4a4b-4c55-9f6e-2b9c1f0d7a11\"], \"entries\": [\"0b4e8d1a-2f3c-4d5e-8f9a-1b2c3d4e5f60\","
                    + " \"1c5f9e2b-3a4d-4e6f-9a0b-2c3d4e5f6a71\"], \"reason\": \"the bank booked the two transfers as one\"}")))
    public Response match(@Parameter(description = "The account's code", example = "fund-account") @PathParam("account") String account,
                          @Parameter(description = "The month, YYYY-MM", example = "2026-03") @PathParam("month") String month,
                          @Valid @NotNull MatchInput input) {
        MonthReconciliation after = reconciliation.matchByHand(account, ReconciliationViews.month(month), input.lines(),
                input.entries(), input.reason());
        return Response.status(Response.Status.CREATED).entity(MonthView.of(after)).build();
    }

    @POST
    @Path("resolutions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    @Operation(summary = "Mark an unmatched item a bank error or a timing difference, with the reason")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "booked next month",
            value = "{\"side\": \"LEDGER\", \"item\": \"0b4e8d1a-2f3c-4d5e-8f9a-1b2c3d4e5f60\", \"resolution\": "
                    + "\"TIMING_DIFFERENCE\", \"reason\": \"paid on 31 March, booked by the bank on 1 April\"}")))
    public Response resolve(@Parameter(description = "The account's code", example = "fund-account") @PathParam("account") String account,
                          @Parameter(description = "The month, YYYY-MM", example = "2026-03") @PathParam("month") String month,
                            @Valid @NotNull ResolutionInput input) {
        MonthReconciliation after = reconciliation.resolve(account, ReconciliationViews.month(month), input.side(),
                input.item(), input.resolution(), input.reason());
        return Response.status(Response.Status.CREATED).entity(MonthView.of(after)).build();
    }

    @POST
    @Path("sign-off")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    @Operation(summary = "Sign the month off", description = "Once every unmatched item is resolved and the statements "
            + "cover the month. Its figures are kept; the month is not changed again (422 names what still blocks it).")
    public MonthView signOff(@Parameter(description = "The account's code", example = "fund-account") @PathParam("account") String account,
                          @Parameter(description = "The month, YYYY-MM", example = "2026-03") @PathParam("month") String month) {
        return MonthView.of(reconciliation.signOff(account, ReconciliationViews.month(month)));
    }
}
