package kz.registry.claims.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.registry.claims.boundary.Fund;
import kz.registry.claims.entity.FundForecast;
import kz.registry.claims.rest.ClaimViews.FundEntryView;
import kz.registry.claims.rest.ClaimViews.InflowInput;
import kz.registry.claims.rest.ClaimViews.StatementView;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.Money;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/fund}: the victims compensation fund. Its statement (inflows by source, payments
 * out, balance, what open registers hold, what is available), its ledger, and inflows a court
 * clerk records.
 */
@Path("fund")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class FundResource {

    @Inject
    Fund fund;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    public StatementView statement() {
        return StatementView.of(fund.statement());
    }

    @GET
    @Path("entries")
    public PageView<FundEntryView> entries(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        return PageView.of(fund.entries(QueryParameters.page(offset, limit, sort)), FundEntryView::of);
    }

    @GET
    @Path("forecast")
    @Operation(summary = "The fund's balance for the next twelve months, as a range, with an early warning",
            description = "From the fund's balance on asOf (default today, Almaty), the claims approved and unpaid (paid"
                    + " the next month), the claims awaiting a first decision (at the law's amount, approved with the"
                    + " past approval share and its 90% interval, paid the month after the law's two-month target),"
                    + " and each inflow source's last twelve months (mean expected, lowest and highest month the range)."
                    + " shortFrom: the first month the expected balance is below zero; atRiskFrom: the first month its"
                    + " low end is (the early warning). Amounts in KZT.")
    public ForecastView forecast(@Parameter(description = "The day the forecast starts from (YYYY-MM-DD)",
            example = "2026-12-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
                                 @QueryParam("asOf") String asOf) {
        LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now(clock.withZone(ZoneId.of("Asia/Almaty")))
                : QueryParameters.date("asOf", asOf);
        return ForecastView.of(fund.forecast(day));
    }

    /** The forecast as answered: every amount a string of KZT, months as YYYY-MM. */
    public record ForecastView(LocalDate asOf, String balance, ShareView approvalShare, String approvedUnpaid,
                               String pendingAtLawAmounts, int pendingClaims, int inflowMonths, List<MonthView> months,
                               String shortFrom, String atRiskFrom, List<String> unpriced) {
        static ForecastView of(FundForecast forecast) {
            FundForecast.ApprovalShare share = forecast.approvalShare();
            return new ForecastView(forecast.asOf(), forecast.balance().toPlainString(), new ShareView(share.approved(),
                    share.decided(), share.share().toPlainString(), share.low().toPlainString(),
                    share.high().toPlainString()), forecast.approvedUnpaid().toPlainString(),
                    forecast.pendingAtLawAmounts().toPlainString(), forecast.pendingClaims(), forecast.inflowMonths(),
                    forecast.months().stream().map(month -> new MonthView(month.month().toString(),
                            RangeView.of(month.inflows()), RangeView.of(month.payouts()), RangeView.of(month.balance())))
                            .toList(), forecast.shortFrom() == null ? null : forecast.shortFrom().toString(),
                    forecast.atRiskFrom() == null ? null : forecast.atRiskFrom().toString(), forecast.unpriced());
        }
    }

    public record ShareView(long approved, long decided, String share, String low, String high) {
    }

    public record MonthView(String month, RangeView inflows, RangeView payouts, RangeView balance) {
    }

    public record RangeView(String low, String expected, String high) {
        static RangeView of(FundForecast.Range range) {
            return new RangeView(range.low().toPlainString(), range.expected().toPlainString(),
                    range.high().toPlainString());
        }
    }

    /** Money in: {@code source} COMPULSORY_PAYMENT, PROCEDURAL_PENALTY, LABOUR_DEDUCTION or OTHER; {@code amount} in KZT. */
    @POST
    @Path("inflows")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "compulsory payments", value = "{\"source\": \"COMPULSORY_PAYMENT\", \"amount\": \"117960.00\", \"valueDate\": \"2026-04-11\", \"reference\": \"treasury statement 2026-04-11\"}")}))
    public Response receive(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                            @NotNull @Valid InflowInput input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Fund.Received received = IdempotentCreation.run(key, () -> fund.receive(key, input.fundSource(),
                Money.kzt(input.amount()), input.valueDate(), input.reference()));
        return IdempotentCreation.marked(Response.status(Response.Status.CREATED)
                .entity(FundEntryView.of(received.entry())), received.replayed()).build();
    }
}
