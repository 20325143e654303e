package kz.registry.budget.rest;

import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import kz.registry.budget.boundary.Periods;
import kz.registry.budget.entity.FiscalPeriod;
import kz.registry.budget.entity.PeriodState;
import kz.registry.budget.rest.BudgetInputs.NewPeriod;
import kz.registry.budget.rest.BudgetInputs.PeriodChange;
import kz.registry.budget.rest.BudgetViews.PeriodView;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/periods}: fiscal years. A finance officer opens a year before posting in it and
 * closes it ({@code PUT} with {@code {"state":"CLOSED"}} and {@code If-Match}); a closed year
 * accepts nothing and stays closed. A year whose money the registry holds only in part is marked
 * {@code incomplete} (at opening, or by {@code PUT}): its figures are a floor.
 */
@Path("periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class PeriodResource {

    @Inject
    Periods periods;

    @Context
    UriInfo uriInfo;

    @GET
    public List<PeriodView> list() {
        return periods.list().stream().map(PeriodView::of).toList();
    }

    @GET
    @Path("{year}")
    public Response get(@PathParam("year") String year) {
        return withTag(Response.ok(), periods.get(QueryParameters.integer("year", year, 0))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "open a year", value = "{\"year\": 2027}")}))
    public Response open(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @NotNull @Valid NewPeriod input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<FiscalPeriod> period = IdempotentCreation.run(key, () -> periods.open(key, input.year(),
                Boolean.TRUE.equals(input.incomplete())));
        return IdempotentCreation.answer(withTag(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(Integer.toString(period.record().year())).build()), period.record()), period).build();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "close a year", value = "{\"state\": \"CLOSED\"}"),
                    @ExampleObject(name = "its figures are a floor", value = "{\"incomplete\": true}")}))
    public Response change(@PathParam("year") String year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid PeriodChange input) {
        long expectedVersion = EntityTags.versionFromIfMatch(ifMatch);
        int fiscalYear = QueryParameters.integer("year", year, 0);
        boolean close = input.state() != null && !input.state().isBlank();
        if (!close && input.incomplete() == null) {
            throw new InvalidInputException("state", "say what changes: state CLOSED, or incomplete true or false");
        }
        if (close && !input.state().strip().toUpperCase(Locale.ROOT).equals(PeriodState.CLOSED.name())) {
            throw new BusinessRuleException("A fiscal year can only be closed (state CLOSED); a closed year is not"
                    + " reopened: post corrections in an open year.");
        }
        return withTag(Response.ok(), periods.change(fiscalYear, expectedVersion, close, input.incomplete())).build();
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, FiscalPeriod period) {
        return response.tag(EntityTags.of(period.version())).entity(PeriodView.of(period));
    }
}
