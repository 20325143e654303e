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
import kz.registry.claims.boundary.Fund;
import kz.registry.claims.rest.ClaimViews.FundEntryView;
import kz.registry.claims.rest.ClaimViews.InflowInput;
import kz.registry.claims.rest.ClaimViews.StatementView;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.Money;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
