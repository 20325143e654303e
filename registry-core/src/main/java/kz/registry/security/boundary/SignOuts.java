package kz.registry.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.security.entity.SignedOutToken;
import kz.registry.shared.Roles;

/**
 * Signing out of a bearer token before it expires. The token is signed and stateless, so its
 * end is recorded: every later request with it is refused. Rows past their token's expiry are
 * removed as others sign out; by then the signature check refuses the token anyway.
 */
@Stateless
public class SignOuts {

    /** The audit trail's record type of a signed-out session; its id is the token's id. */
    public static final String RECORD_TYPE = "session";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** Ends the session of the token with this id; signing out twice is the same as once. */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
    public void signOut(String tokenId, String username, Instant tokenExpiresAt) {
        Instant now = clock.instant();
        em.createQuery("delete from SignedOutToken t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
        if (em.find(SignedOutToken.class, tokenId) != null) {
            return;
        }
        em.persist(new SignedOutToken(tokenId, username, tokenExpiresAt, now));
        audit.record(new AuditEvent(AuditAction.SIGNED_OUT, RECORD_TYPE, tokenId, null,
                Snapshots.of(new SessionSnapshot(username, tokenExpiresAt))));
    }

    /** A session as the audit trail keeps it: whose, and until when its token would have run. */
    public record SessionSnapshot(String username, Instant tokenExpiresAt) {
    }
}
