package kz.registry.claims.boundary;

import kz.registry.idempotency.Created;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.claims.control.ClaimHistory;
import kz.registry.claims.control.FundAccountLedger;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationClaim;
import kz.registry.claims.entity.FundEntry;
import kz.registry.claims.entity.FundSource;
import kz.registry.claims.entity.Recovery;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Money;
import kz.registry.proceedings.boundary.Proceedings;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * Recourse for paid claims against the persons convicted in their proceedings: opened per claim,
 * and money recovered, which flows back into the fund; all of it back, the claim is recovered.
 */
@Stateless
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class Recourse {

    public static final String RECOVERY_RECORD = "recovery";

    @EJB
    IdempotentRequests idempotency;

    @EJB
    Claims claims;

    @EJB
    Proceedings proceedings;

    @Inject
    ClaimHistory history;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    FundAccountLedger account;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public record Opened(Recovery recovery, boolean replayed) {
    }

    /** Opens recourse for a paid claim against the persons convicted in its proceeding. */
    @RolesAllowed(Roles.COURT_CLERK)
    public Opened openRecovery(RequestKey key, UUID claimId, LocalDate on) {
        Optional<UUID> earlier = idempotency.earlierResult(key, RECOVERY_RECORD).map(UUID::fromString);
        if (earlier.isPresent()) {
            return new Opened(recoveryOf(earlier.get()), true);
        }
        CompensationClaim claim = claims.get(claimId);
        if (proceedings.facts(claim.proceedingId()).convictedPersons().isEmpty()) {
            throw new BusinessRuleException("No one is convicted in the claim's proceeding yet: recourse is against"
                    + " convicted persons. Record the conviction first.");
        }
        String before = Snapshots.of(claim.snapshot());
        ClaimStatus from = claim.recourseOpened(on);
        Recovery recovery = new Recovery(claim.id(), claim.proceedingId(), claim.amount().orElseThrow(), on,
                clock.instant());
        em.persist(recovery);
        em.flush();
        history.moved(claim, from, on, "recourse opened", before, caller());
        audit.record(new AuditEvent(AuditAction.CREATED, RECOVERY_RECORD, recovery.id().toString(), null,
                Snapshots.of(recovery.snapshot())));
        idempotency.remember(key, RECOVERY_RECORD, recovery.id().toString());
        return new Opened(recovery, false);
    }

    /** Money recovered from the convicted persons: into the fund; when all is back, the claim is recovered. */
    @RolesAllowed(Roles.COURT_CLERK)
    public Created<Recovery> recover(RequestKey key, UUID recoveryId, Money amount, LocalDate on, String reference) {
        return idempotency.once(key, RECOVERY_PAYMENT_RECORD, () -> received(recoveryId, amount, on, reference),
                Recovery::id, id -> recoveryOf(UUID.fromString(id)));
    }

    /** The idempotency keys' name for money recovered. */
    static final String RECOVERY_PAYMENT_RECORD = "recovery-payment";

    private Recovery received(UUID recoveryId, Money amount, LocalDate on, String reference) {
        account.lockAccount();
        Recovery recovery = recoveryOf(recoveryId);
        String before = Snapshots.of(recovery.snapshot());
        boolean complete = recovery.received(amount);
        account.post(new FundEntry(FundSource.RECOVERY, amount, on, reference, null, recoveryId, clock.instant(), caller()));
        if (complete) {
            CompensationClaim claim = claims.get(recovery.claimId());
            String claimBefore = Snapshots.of(claim.snapshot());
            ClaimStatus from = claim.recovered(on);
            history.moved(claim, from, on, "recovered in full", claimBefore, caller());
        }
        em.flush();
        audit.record(new AuditEvent(AuditAction.UPDATED, RECOVERY_RECORD, recoveryId.toString(), before,
                Snapshots.of(recovery.snapshot())));
        return recovery;
    }

    public Recovery recoveryOf(UUID id) {
        Recovery recovery = em.find(Recovery.class, id);
        if (recovery == null) {
            throw new UnknownRecordException(RECOVERY_RECORD, id);
        }
        return recovery;
    }

    public Page<Recovery> recoveries(PageRequest page) {
        return new FilteredQuery("Recovery", "r").page(em, Recovery.class, page.sort().jpql("r",
                List.of("openedOn", "status", "amountDue", "recovered"), "r.openedOn desc, r.id"), page);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
