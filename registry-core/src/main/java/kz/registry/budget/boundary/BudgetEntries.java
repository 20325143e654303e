package kz.registry.budget.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
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
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
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
    public Page<ListedEntry> list(EntryFilter filter, PageRequest page, Basis basis) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<BudgetEntry> select = cb.createQuery(BudgetEntry.class);
        Root<BudgetEntry> entry = select.from(BudgetEntry.class);
        select.where(matching(cb, entry, filter))
                .orderBy(page.sort().criteria(cb, entry, List.of("valueDate", "postedAt", "fiscalYear", "amount", "purpose"),
                        cb.asc(entry.get("valueDate")), cb.asc(entry.get("postedAt")), cb.asc(entry.get("id"))));
        List<BudgetEntry> items = em.createQuery(select)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<BudgetEntry> counted = count.from(BudgetEntry.class);
        count.select(cb.count(counted)).where(matching(cb, counted, filter));
        return new Page<>(shown(states(items), basis), em.createQuery(count).getSingleResult(), page.offset(),
                page.limit());
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
        StringBuilder jpql = new StringBuilder("select e.purpose, e.kind, e.currency, sum(e.amount) from BudgetEntry e"
                + " where e.fiscalYear = :year");
        if (!query.sources().isEmpty()) {
            jpql.append(" and e.source in :sources");
        }
        if (!query.purposes().isEmpty()) {
            jpql.append(" and e.purpose in :purposes");
        }
        jpql.append(" group by e.purpose, e.kind, e.currency order by e.purpose, e.kind, e.currency");
        var totals = em.createQuery(jpql.toString(), Object[].class).setParameter("year", query.year());
        if (!query.sources().isEmpty()) {
            totals.setParameter("sources", query.sources());
        }
        if (!query.purposes().isEmpty()) {
            totals.setParameter("purposes", query.purposes());
        }
        return totals.getResultList().stream()
                .map(row -> new TotalLine((String) row[0], (EntryKind) row[1], Money.rounded((BigDecimal) row[3],
                        Currency.getInstance((String) row[2]), RoundingMode.UNNECESSARY)))
                .toList();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<BudgetEntry> entry, EntryFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.kind() != null) {
            where.add(cb.equal(entry.get("kind"), filter.kind()));
        }
        if (filter.year() != null) {
            where.add(cb.equal(entry.get("fiscalYear"), filter.year()));
        }
        if (filter.source() != null) {
            where.add(cb.equal(entry.get("source"), filter.source()));
        }
        if (filter.purpose() != null) {
            where.add(cb.equal(entry.get("purpose"), filter.purpose()));
        }
        if (filter.parentId() != null) {
            where.add(cb.equal(entry.get("parentId"), filter.parentId()));
        }
        if (filter.appropriationId() != null) {
            where.add(cb.equal(entry.get("appropriationId"), filter.appropriationId()));
        }
        if (filter.shelterId() != null) {
            where.add(cb.equal(entry.get("shelterId"), filter.shelterId()));
        }
        if (filter.caseNumber() != null) {
            where.add(cb.equal(entry.get("caseNumber"), filter.caseNumber()));
        }
        if (filter.batchId() != null) {
            where.add(cb.equal(entry.get("batchId"), filter.batchId()));
        }
        return where.toArray(Predicate[]::new);
    }
}
