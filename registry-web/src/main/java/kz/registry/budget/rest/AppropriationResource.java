package kz.registry.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import kz.registry.budget.boundary.BudgetEntries;
import kz.registry.budget.entity.EntryFilter;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.FundingSource;
import kz.registry.budget.entity.TotalsQuery;
import kz.registry.budget.rest.BudgetInputs.AppropriationInput;
import kz.registry.budget.rest.BudgetInputs.ReversalInput;
import kz.registry.budget.rest.BudgetViews.EntryView;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.rest.BasisParameters;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/appropriations}: what a budget grants for a fiscal year, a source and a purpose,
 * with what is allocated of it; and a year's totals.
 *
 * <p>The endpoints every ledger kind shares are spelt out here, each a line into {@link
 * LedgerEndpoints}, rather than inherited: the OpenAPI document lists only methods a resource
 * class declares.
 */
@Path("appropriations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class AppropriationResource {

    private static final EntryKind KIND = EntryKind.APPROPRIATION;

    @Inject
    LedgerEndpoints ledger;

    @Inject
    BudgetEntries entries;

    @GET
    public PageView<EntryView> list(@QueryParam("fiscalYear") String fiscalYear,
                                    @QueryParam("source") String source, @QueryParam("q") String words,
                                    @QueryParam("purpose") String purpose,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit, @QueryParam("sort") String sort,
                                    @BeanParam ValueDays days, @BeanParam BasisParameters basis) {
        Integer year = fiscalYear == null ? null : QueryParameters.integer("fiscalYear", fiscalYear, 0);
        return ledger.list(new EntryFilter(KIND, year, source == null ? null : FundingSource.of("source", source),
                QueryParameters.text(purpose), null, null, null, null, null, QueryParameters.text(words), days.range()),
                offset, limit, sort, basis);
    }

    /** One appropriation with what stands against it, and its KZT and USD equivalents (its own value date by default). */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @BeanParam BasisParameters basis) {
        return ledger.get(KIND, id, basis);
    }

    /** Posts an appropriation; with {@code Idempotency-Key} a retry answers with the first. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "shelter assistance", value = "{\"year\": 2026, \"source\": \"republican-budget\", \"purpose\": \"shelter-assistance\", \"amount\": \"159000000.00\", \"currency\": \"KZT\", \"valueDate\": \"2026-01-04\", \"description\": \"Shelter assistance 2026\"}")}))
    public Response post(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                         @NotNull @Valid AppropriationInput input) {
        RequestKey key = ledger.key(idempotencyKey, input);
        return ledger.created(key, () -> entries.appropriate(key, input.terms()));
    }

    /**
     * Undoes an appropriation by a reversing entry with the reason (201, the reversal); refused while
     * entries stand against it, or in a closed year.
     */
    @POST
    @Path("{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "undo", value = "{\"reason\": \"posted twice\", \"valueDate\": \"2026-01-05\"}")}))
    public Response reverse(@PathParam("id") UUID id, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                            @NotNull @Valid ReversalInput input) {
        return ledger.reverse(KIND, id, idempotencyKey, input);
    }

    /**
     * A fiscal year's figures (appropriated, allocated, committed, paid) by purpose and in all,
     * in KZT and in {@code to} (USD by default) on the basis asked for (the year's average rate by
     * default; {@code basis=fixed&fixedRate=TIP 2018} for the report's rate).
     */
    @GET
    @Path("totals")
    public BudgetViews.TotalsView totals(@QueryParam("fiscalYear") String fiscalYear,
                                         @QueryParam("source") List<String> sources,
                                         @QueryParam("purpose") List<String> purposes, @QueryParam("to") String to,
                                         @BeanParam BasisParameters basis) {
        if (fiscalYear == null || fiscalYear.isBlank()) {
            throw new InvalidInputException("fiscalYear", "required: the year to total");
        }
        return ledger.totals(new TotalsQuery(QueryParameters.integer("fiscalYear", fiscalYear, 0),
                sources.stream().map(source -> FundingSource.of("source", source)).toList(), purposes), to, basis);
    }
}
