package kz.registry.budget.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.budget.control.BudgetLedger;
import kz.registry.budget.control.Consumptions;
import kz.registry.budget.control.TotalsRestatement;
import kz.registry.budget.entity.AppropriationTerms;
import kz.registry.budget.entity.BudgetEntry;
import kz.registry.budget.entity.EntryFilter;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.EntryState;
import kz.registry.budget.entity.LedgerTotals;
import kz.registry.budget.entity.ListedEntry;
import kz.registry.budget.entity.Posting;
import kz.registry.budget.entity.TotalLine;
import kz.registry.budget.entity.TotalsQuery;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Basis;
import kz.registry.money.Money;
import kz.registry.money.Restatement;
import kz.registry.money.boundary.Conversions;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.Sort;
import kz.registry.shared.UnknownRecordException;

/**
 * The budget ledger: finance officers post appropriations, allocations, commitments and
 * payments under commitment control, and reverse them; finance officers and auditors read
 * them with what stands against each. Every posting is audited, and with an idempotency key
 * a retried posting answers with the first one.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class BudgetEntries {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    BudgetLedger ledger;

    @Inject
    Consumptions consumptions;

    @EJB
    AuditTrail audit;

    @EJB
    IdempotentRequests idempotency;

    @EJB
    Conversions conversions;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** An entry as posted (or, for a retried request, as first posted). */
    public record Posted(EntryState state, boolean replayed) {
    }

    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Posted appropriate(RequestKey key, AppropriationTerms terms) {
        String type = EntryKind.APPROPRIATION.recordType();
        return replay(key, type, EntryKind.APPROPRIATION).orElseGet(() -> {
            BudgetEntry entry = ledger.appropriate(terms, stamp());
            return recorded(key, type, entry);
        });
    }

    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Posted post(RequestKey key, Posting posting) {
        String type = posting.kind().recordType();
        return replay(key, type, posting.kind()).orElseGet(() -> recorded(key, type, ledger.post(posting, stamp())));
    }

    /**
     * Undoes an entry of the given kind by a reversing entry dated {@code on} (the entry's own
     * value date when null). The answer is the reversal.
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Posted reverse(RequestKey key, EntryKind kind, UUID id, String reason, LocalDate on) {
        String type = kind.recordType() + "-reversal";
        return replay(key, type, kind).orElseGet(() -> {
            BudgetEntry original = entry(kind, id);
            BudgetEntry reversal = ledger.reverse(original, reason, on, stamp());
            em.flush();
            audit.record(new AuditEvent(AuditAction.REVERSED, kind.recordType(), id.toString(),
                    Snapshots.of(original.snapshot()), Snapshots.of(reversal.snapshot())));
            return recorded(key, type, reversal);
        });
    }

    private java.util.Optional<Posted> replay(RequestKey key, String type, EntryKind kind) {
        return idempotency.earlierResult(key, type).map(UUID::fromString).map(id -> new Posted(states(List.of(entry(kind, id))).getFirst(), true));
    }

    private Posted recorded(RequestKey key, String type, BudgetEntry entry) {
        em.flush();
        audit.record(new AuditEvent(AuditAction.CREATED, entry.kind().recordType(), entry.id().toString(), null,
                Snapshots.of(entry.snapshot())));
        idempotency.remember(key, type, entry.id().toString());
        return new Posted(states(List.of(entry)).getFirst(), false);
    }

    private BudgetEntry.Stamp stamp() {
        return new BudgetEntry.Stamp(clock.instant(), session.getCallerPrincipal().getName(), null);
    }

    /** The currencies every shown entry is also given in. */
    private static final List<Currency> EQUIVALENTS = List.of(Money.KZT, Currency.getInstance("USD"));

    /**
     * The entry of that kind with that id (404 when there is none of that kind), with its
     * equivalents on {@code basis} (null: each entry's own value date).
     */
    public ListedEntry shown(EntryKind kind, UUID id, Basis basis) {
        return shown(states(List.of(entry(kind, id))), basis).getFirst();
    }

    /** The equivalents of entries just posted or read, on their own value dates. */
    public ListedEntry shown(EntryState state) {
        return shown(List.of(state), null).getFirst();
    }

    private List<ListedEntry> shown(List<EntryState> states, Basis basis) {
        Restatement restatement = conversions.restatement(); // each rate looked up once for all of them
        return states.stream().map(state -> {
            Basis on = basis != null ? basis : new Basis.ValueDate(state.entry().valueDate());
            return new ListedEntry(state, EQUIVALENTS.stream()
                    .map(currency -> new ListedEntry.Equivalent(currency,
                            restatement.restate(state.entry().amount(), currency, on))).toList());
        }).toList();
    }

    private BudgetEntry entry(EntryKind kind, UUID id) {
        BudgetEntry entry = em.find(BudgetEntry.class, id);
        if (entry == null || entry.kind() != kind) {
            throw new UnknownRecordException(kind.recordType(), id);
        }
        return entry;
    }

    /** A page of entries, each with its equivalents on {@code basis} (null: each entry's own value date). */
    /** What a list of entries sorts on, and where each lies in the entity. */
    private static final Map<String, String> SORTABLE = Sort.paths("valueDate", "valueDate", "postedAt", "postedAt",
            "fiscalYear", "fiscalYear", "amount", "amount.amount", "purpose", "purpose");

    public Page<ListedEntry> list(EntryFilter filter, PageRequest page, Basis basis) {
        Page<BudgetEntry> entries = new FilteredQuery("BudgetEntry", "e")
                .equal("kind", filter.kind())
                .equal("fiscalYear", filter.year())
                .equal("source", filter.source())
                .equal("purpose", filter.purpose())
                .equal("parentId", filter.parentId())
                .equal("appropriationId", filter.appropriationId())
                .equal("shelterId", filter.shelterId())
                .equal("caseNumber", filter.caseNumber())
                .equal("batchId", filter.batchId())
                .containing(filter.words(), "description", "caseNumber", "recipient")
                .between("valueDate", filter.valued().first(), filter.valued().last())
                .page(em, BudgetEntry.class, page.sort().jpql("e", SORTABLE, "e.valueDate, e.postedAt, e.id"), page);
        return new Page<>(shown(states(entries.items()), basis), entries.total(), page.offset(), page.limit());
    }

    /** Entries with their reversals and what stands against each: two queries for the whole page. */
    private List<EntryState> states(List<BudgetEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = entries.stream().map(BudgetEntry::id).toList();
        Map<UUID, UUID> reversals = new HashMap<>();
        em.createQuery("select e.reversesId, e.id from BudgetEntry e where e.reversesId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> reversals.put((UUID) row[0], (UUID) row[1]));
        Map<UUID, Map<EntryKind, BigDecimal>> used = consumptions.of(ids);
        List<EntryState> states = new ArrayList<>(entries.size());
        for (BudgetEntry entry : entries) {
            Map<EntryKind, Money> below = new EnumMap<>(EntryKind.class);
            Currency currency = entry.amount().currency();
            for (EntryKind kind : EntryKind.values()) {
                if (kind.parent().orElse(null) == entry.kind() && !entry.isReversal()) {
                    BigDecimal sum = used.getOrDefault(entry.id(), Map.of()).getOrDefault(kind, BigDecimal.ZERO);
                    below.put(kind, Money.rounded(sum, currency, RoundingMode.UNNECESSARY));
                }
            }
            states.add(new EntryState(entry, reversals.get(entry.id()), below));
        }
        return states;
    }

    /**
     * A year's figures by purpose and in all, reversals netted, in KZT and restated in
     * {@code target} on {@code basis}.
     */
    public LedgerTotals totals(TotalsQuery query, Currency target, Basis basis) {
        return TotalsRestatement.totals(query.year(), totals(query), target, basis, conversions.restatement());
    }

    /** A year's sums by purpose, kind and currency, reversals netted. */
    private List<TotalLine> totals(TotalsQuery query) {
        FilteredQuery year = new FilteredQuery("BudgetEntry", "e").equal("fiscalYear", query.year());
        if (!query.sources().isEmpty()) {
            year.and("e.source in :sources", "sources", query.sources());
        }
        if (!query.purposes().isEmpty()) {
            year.and("e.purpose in :purposes", "purposes", query.purposes());
        }
        return year.rows(em, Object[].class, "select e.purpose, e.kind, e.amount.currency, sum(e.amount.amount)",
                        "group by e.purpose, e.kind, e.amount.currency order by e.purpose, e.kind, e.amount.currency").stream()
                .map(row -> new TotalLine((String) row[0], (EntryKind) row[1], Money.rounded((BigDecimal) row[3],
                        (Currency) row[2], RoundingMode.UNNECESSARY)))
                .toList();
    }
}
