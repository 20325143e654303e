package kz.registry.budget.boundary;

import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.budget.entity.Purpose;
import kz.registry.shared.ConflictException;
import kz.registry.shared.Roles;

/** What money is for: the built-in purposes and those finance officers add. */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class Purposes {

    public static final String RECORD_TYPE = "budget-purpose";

    @EJB
    IdempotentRequests idempotency;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<Purpose> list() {
        return em.createQuery("select p from Purpose p order by p.code", Purpose.class).getResultList();
    }

    @RolesAllowed(Roles.FINANCE_OFFICER)
    /** Adds a purpose, named in English and, when given, in Russian and Kazakh. */
    public Created<Purpose> add(RequestKey key, String code, String name, String nameRu, String nameKk) {
        return idempotency.once(key, RECORD_TYPE, () -> {
            Purpose purpose = new Purpose(code, name, nameRu, nameKk, clock.instant());
            if (em.find(Purpose.class, purpose.code()) != null) {
                throw new ConflictException("There is already a purpose '" + purpose.code() + "'.");
            }
            em.persist(purpose);
            em.flush();
            audit.record(new AuditEvent(AuditAction.CREATED, RECORD_TYPE, purpose.code(), null,
                    Snapshots.of(purpose.snapshot())));
            return purpose;
        }, Purpose::code, known -> em.find(Purpose.class, known));
    }
}
