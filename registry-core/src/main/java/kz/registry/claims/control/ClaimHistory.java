package kz.registry.claims.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.claims.entity.ClaimMove;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationClaim;

/** Writes down each move of a claim, whoever made it: in the claim's history and in the audit trail. */
@Dependent
public class ClaimHistory {

    public static final String RECORD_TYPE = "compensation-claim";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void moved(CompensationClaim claim, ClaimStatus from, LocalDate on, String reason, String before, String by) {
        em.persist(new ClaimMove(claim.id(), from, claim.status(), on, reason, clock.instant(), by));
        em.flush();
        audit.record(new AuditEvent(from == null ? AuditAction.CREATED : AuditAction.STATE_CHANGED, RECORD_TYPE,
                claim.id().toString(), before, Snapshots.of(claim.snapshot())));
    }
}
