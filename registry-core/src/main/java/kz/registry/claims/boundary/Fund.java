package kz.registry.claims.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.registry.claims.control.FundAccountLedger;
import kz.registry.claims.entity.FundEntry;
import kz.registry.claims.entity.FundPosition;
import kz.registry.claims.entity.FundSource;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Money;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.Sort;

/**
 * The victims compensation fund's ledger: where it stands, its entries, and money in from the
 * law's sources. Payment registers ({@link PaymentRegisters}) pay money out, recourse
 * ({@link Recourse}) brings recoveries back in; all of them lock the fund's account row first.
 */
@Stateless
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class Fund {

    public static final String ENTRY_RECORD = FundAccountLedger.ENTRY_RECORD;

    @EJB
    IdempotentRequests idempotency;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    FundAccountLedger account;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public FundPosition statement() {
        return account.position();
    }

    public Page<FundEntry> entries(PageRequest page) {
        return new FilteredQuery("FundEntry", "e").page(em, FundEntry.class, page.sort().jpql("e",
                Sort.paths("valueDate", "valueDate", "postedAt", "postedAt", "amount", "amount.amount",
                        "direction", "direction", "source", "source"), "e.valueDate, e.postedAt, e.id"), page);
    }

    public record Received(FundEntry entry, boolean replayed) {
    }

    /** Money into the fund from one of the law's sources (recoveries come through recourse). */
    @RolesAllowed(Roles.COURT_CLERK)
    public Received receive(RequestKey key, FundSource source, Money amount, LocalDate valueDate, String reference) {
        Optional<UUID> earlier = idempotency.earlierResult(key, ENTRY_RECORD).map(UUID::fromString);
        if (earlier.isPresent()) {
            return new Received(em.find(FundEntry.class, earlier.get()), true);
        }
        if (!source.isInflow() || source == FundSource.RECOVERY) {
            throw new InvalidInputException("source", "an inflow comes from COMPULSORY_PAYMENT, PROCEDURAL_PENALTY,"
                    + " LABOUR_DEDUCTION or OTHER; recoveries are recorded on their recovery, payments by registers");
        }
        account.lockAccount();
        FundEntry entry = account.post(new FundEntry(source, amount, valueDate, reference, null, null, clock.instant(), caller()));
        idempotency.remember(key, ENTRY_RECORD, entry.id().toString());
        return new Received(entry, false);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
