package kz.registry.budget.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Currency;
import java.util.UUID;
import java.util.function.Supplier;
import kz.registry.budget.boundary.BudgetEntries;
import kz.registry.budget.boundary.BulkEntries;
import kz.registry.budget.entity.EntryFilter;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.EntryState;
import kz.registry.budget.entity.LedgerTotals;
import kz.registry.budget.entity.ListedEntry;
import kz.registry.budget.entity.TotalsQuery;
import kz.registry.budget.rest.BudgetViews.EntryView;
import kz.registry.budget.rest.BudgetViews.EquivalentView;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.Basis;
import kz.registry.money.Money;
import kz.registry.money.rest.BasisParameters;
import kz.registry.money.rest.MoneyViews.ConversionView;
import kz.registry.shared.PageRequest;
import kz.registry.shared.ReceivedFile;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PageView;

/**
 * What the four ledger resources (appropriations, allocations, commitments, payments) share:
 * creating with an idempotency key, reading with equivalents, reversing, bulk entry.
 */
@RequestScoped
public class LedgerEndpoints {

    static final Currency USD = Currency.getInstance("USD");
    public static final String CSV = "text/csv";

    @Inject
    BudgetEntries entries;

    @Inject
    BulkEntries bulk;


    @Context
    UriInfo uriInfo;

    static String path(EntryKind kind) {
        return kind.recordType() + "s";
    }

    RequestKey key(String header, Object content) {
        return IdempotentCreation.key(header, "POST", uriInfo.getPath(), content);
    }

    /** 201 with the entry, its location and ETag; a retry of a keyed request says it repeats the first answer. */
    Response created(RequestKey key, Supplier<BudgetEntries.Posted> post) {
        BudgetEntries.Posted posted = IdempotentCreation.run(key, post);
        EntryState state = posted.state();
        URI location = uriInfo.getBaseUriBuilder().path(path(state.entry().kind()))
                .path(state.entry().id().toString()).build();
        Response.ResponseBuilder response = Response.created(location)
                .tag(EntityTags.of(state.entry().version()))
                .entity(view(entries.shown(state)));
        return IdempotentCreation.marked(response, posted.replayed()).build();
    }

    Response get(EntryKind kind, UUID id, BasisParameters basis) {
        ListedEntry shown = entries.shown(kind, id, basis.fixedOrEachEntrysOwn());
        return Response.ok(view(shown)).tag(EntityTags.of(shown.state().entry().version())).build();
    }

    PageView<EntryView> list(EntryFilter filter, String offset, String limit, String sort, BasisParameters basis) {
        PageRequest page = kz.registry.shared.rest.QueryParameters.page(offset, limit, sort);
        return PageView.of(entries.list(filter, page, basis.fixedOrEachEntrysOwn()), LedgerEndpoints::view);
    }

    Response reverse(EntryKind kind, UUID id, String keyHeader, BudgetInputs.ReversalInput input) {
        RequestKey key = key(keyHeader, input);
        return created(key, () -> entries.reverse(key, kind, id, input.reason(), input.valueDate()));
    }

    /**
     * Posts a CSV file as one batch: 201 with the batch, or with {@code Prefer: respond-async}
     * 202 with the job to follow. The file is kept on disk while it is read, never in memory whole.
     */
    Response importCsv(EntryKind kind, String keyHeader, String prefer, InputStream body) {
        ReceivedFile csv = ReceivedFile.of(body, IdempotentCreation.fingerprinted("POST", uriInfo.getPath()));
        RequestKey key = IdempotentCreation.key(keyHeader, csv);
        boolean async = prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async");
        if (!async) {
            try (csv) {
                return batchCreated(kind, IdempotentCreation.run(key, () -> bulk.post(key, kind, csv)));
            }
        }
        BulkEntries.Started started;
        try {
            started = IdempotentCreation.run(key, () -> bulk.start(key, kind, csv));
        } catch (RuntimeException notStarted) {
            csv.close();
            throw notStarted;
        }
        if (started.earlier() != null) {
            csv.close();
            return batchCreated(kind, started.earlier());
        }
        URI job = uriInfo.getBaseUriBuilder().path(path(kind)).path("imports")
                .path(started.job().id().toString()).build();
        return Response.accepted(BudgetViews.JobView.of(started.job())).location(job).build();
    }

    private Response batchCreated(EntryKind kind, BulkEntries.BatchSummary summary) {
        URI location = uriInfo.getBaseUriBuilder().path(path(kind)).path("batches")
                .path(summary.batch().id().toString()).build();
        Response.ResponseBuilder response = Response.created(location).entity(BudgetViews.BatchView.of(summary))
                .type(MediaType.APPLICATION_JSON_TYPE);
        return IdempotentCreation.marked(response, summary.replayed()).build();
    }

    BudgetViews.JobView job(UUID id) {
        return BudgetViews.JobView.of(bulk.job(id));
    }

    BudgetViews.BatchView batch(UUID id) {
        return BudgetViews.BatchView.of(bulk.batch(id));
    }

    /** The entry with its KZT and USD equivalents, as the boundary restated them. */
    private static EntryView view(ListedEntry shown) {
        return EntryView.of(shown.state(), shown.equivalents().stream().map(equivalent -> new EquivalentView(
                equivalent.currency().getCurrencyCode(), equivalent.restated().isMissing() ? null
                        : ConversionView.of(equivalent.restated().conversion()), equivalent.restated().missing())).toList());
    }

    /** A year's figures by purpose and in all, in KZT and converted on the basis asked for (by default the year's average). */
    BudgetViews.TotalsView totals(TotalsQuery query, String to, BasisParameters parameters) {
        Currency target = to == null || to.isBlank() ? USD : Money.currency(to);
        LedgerTotals totals = entries.totals(query, target, parameters.basisOr(new Basis.YearAverage(query.year())));
        return new BudgetViews.TotalsView(totals.year(), totals.currency().getCurrencyCode(), totals.basis(),
                totals.purposes().stream().map(purpose -> new BudgetViews.PurposeTotals(purpose.purpose(),
                        BudgetViews.Figures.of(purpose.figures()))).toList(), BudgetViews.Figures.of(totals.total()));
    }
}
