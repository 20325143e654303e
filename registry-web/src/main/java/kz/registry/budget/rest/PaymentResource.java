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
import java.io.InputStream;
import java.util.UUID;
import kz.registry.budget.boundary.BudgetEntries;
import kz.registry.budget.entity.EntryFilter;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.rest.BudgetInputs.ReversalInput;
import kz.registry.budget.rest.BudgetInputs.SpendingInput;
import kz.registry.budget.rest.BudgetViews.EntryView;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.rest.BasisParameters;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/payments}: money paid out against an allocation; bulk entry from CSV.
 *
 * <p>The endpoints every ledger kind shares are spelt out here, each a line into {@link
 * LedgerEndpoints}, rather than inherited: the OpenAPI document lists only methods a resource
 * class declares.
 */
@Path("payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class PaymentResource {

    private static final EntryKind KIND = EntryKind.PAYMENT;

    @Inject
    LedgerEndpoints ledger;

    @Inject
    BudgetEntries entries;

    @GET
    public PageView<EntryView> list(@QueryParam("fiscalYear") String fiscalYear,
                                    @QueryParam("purpose") String purpose,
                                    @QueryParam("allocationId") String allocationId,
                                    @QueryParam("shelterId") String shelterId,
                                    @QueryParam("caseNumber") String caseNumber,
                                    @QueryParam("batchId") String batchId, @QueryParam("q") String words,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit, @QueryParam("sort") String sort,
                                    @BeanParam ValueDays days, @BeanParam BasisParameters basis) {
        Integer year = fiscalYear == null ? null : QueryParameters.integer("fiscalYear", fiscalYear, 0);
        return ledger.list(new EntryFilter(KIND, year, null, QueryParameters.text(purpose),
                QueryParameters.uuid("allocationId", allocationId), null, QueryParameters.uuid("shelterId", shelterId),
                QueryParameters.text(caseNumber), QueryParameters.uuid("batchId", batchId), QueryParameters.text(words),
                days.range()),
                offset, limit, sort, basis);
    }

    /** One payment with what stands against it, and its KZT and USD equivalents (its own value date by default). */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @BeanParam BasisParameters basis) {
        return ledger.get(KIND, id, basis);
    }

    /** Posts a payment; with {@code Idempotency-Key} a retry answers with the first. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a transfer", value = "{\"allocationId\": \"129a1de3-1fdd-4ff1-a3cd-c69d98484697\", \"amount\": \"3500000.00\", \"currency\": \"KZT\", \"valueDate\": \"2026-04-01\", \"description\": \"first tranche\"}")}))
    public Response post(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                         @NotNull @Valid SpendingInput input) {
        RequestKey key = ledger.key(idempotencyKey, input);
        return ledger.created(key, () -> entries.post(key, input.posting(KIND)));
    }

    /**
     * Undoes a payment by a reversing entry with the reason (201, the reversal); refused while
     * entries stand against it, or in a closed year.
     */
    @POST
    @Path("{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "undo", value = "{\"reason\": \"returned by the bank\"}")}))
    public Response reverse(@PathParam("id") UUID id, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                            @NotNull @Valid ReversalInput input) {
        return ledger.reverse(KIND, id, idempotencyKey, input);
    }

    /** A CSV file posted as one batch, all or nothing; {@code Prefer: respond-async} runs it in the background. */
    @POST
    @Path("imports")
    @Consumes(LedgerEndpoints.CSV)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "a payment",
            value = "allocation,amount,currency,value_date,description\r\n129a1de3-1fdd-4ff1-a3cd-c69d98484697,3500000.00,KZT,2026-04-01,first tranche\r\n")))
    public Response importCsv(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                              @HeaderParam("Prefer") String prefer, InputStream csv) {
        return ledger.importCsv(KIND, idempotencyKey, prefer, csv);
    }

    /** A file posting in the background: lines done, and how it ended. */
    @GET
    @Path("imports/{job}")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public BudgetViews.JobView job(@PathParam("job") UUID job) {
        return ledger.job(job);
    }

    /** A posted file: how many entries, their sums. */
    @GET
    @Path("batches/{batch}")
    public BudgetViews.BatchView batch(@PathParam("batch") UUID batch) {
        return ledger.batch(batch);
    }
}
