package kz.registry.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.budget.entity.Shelter;
import kz.registry.budget.entity.ShelterDetails;
import kz.registry.budget.entity.ShelterFilter;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.shared.ConflictException;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * The shelters registry: finance officers register and revise shelters, every role reads
 * them. Every change is audited in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class Shelters {

    public static final String RECORD_TYPE = "shelter";

    @EJB
    IdempotentRequests idempotency;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Created<Shelter> register(RequestKey key, ShelterDetails details) {
        return idempotency.once(key, RECORD_TYPE, () -> {
            refuseDuplicateName(details.name(), null);
            Shelter shelter = new Shelter(details);
            em.persist(shelter);
            audit.record(new AuditEvent(AuditAction.CREATED, RECORD_TYPE, shelter.id().toString(), null,
                    Snapshots.of(shelter.details())));
            return shelter;
        }, Shelter::id, id -> get(UUID.fromString(id)));
    }

    public Optional<Shelter> find(UUID id) {
        return Optional.ofNullable(em.find(Shelter.class, id));
    }

    public Shelter get(UUID id) {
        return find(id).orElseThrow(() -> new UnknownRecordException(RECORD_TYPE, id));
    }

    /** The shelter of that name, whatever its case. */
    public static Optional<Shelter> findByName(EntityManager em, String name) {
        return em.createQuery("select s from Shelter s where lower(s.name) = lower(:name)", Shelter.class)
                .setParameter("name", name.strip())
                .getResultStream()
                .findFirst();
    }

    /**
     * Restates a shelter, provided the caller saw its current version; otherwise nothing
     * changes and the caller learns the current version.
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Shelter revise(UUID id, long expectedVersion, ShelterDetails details) {
        Shelter shelter = get(id);
        if (shelter.version() != expectedVersion) {
            throw ConflictException.staleVersion(RECORD_TYPE, id, expectedVersion, shelter.version());
        }
        refuseDuplicateName(details.name(), id);
        String before = Snapshots.of(shelter.details());
        shelter.revise(details);
        em.flush(); // the new version goes back to the caller
        audit.record(new AuditEvent(AuditAction.UPDATED, RECORD_TYPE, id.toString(), before,
                Snapshots.of(shelter.details())));
        return shelter;
    }

    public Page<Shelter> list(ShelterFilter filter, PageRequest page) {
        FilteredQuery shelters = new FilteredQuery("Shelter", "s");
        if (filter.city() != null && !filter.city().isBlank()) {
            shelters.and("lower(s.city) = :city", "city", filter.city().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.acceptsForeignVictimsOn() != null) {
            shelters.and("s.foreignVictimsEligibleFrom <= :on", "on", filter.acceptsForeignVictimsOn());
        }
        return shelters.page(em, Shelter.class, page.sort().jpql("s", List.of("name", "city", "openedYear",
                "foreignVictimsEligibleFrom"), "s.city, s.name, s.id"), page);
    }

    private void refuseDuplicateName(String name, UUID exceptId) {
        findByName(em, name)
                .filter(existing -> !existing.id().equals(exceptId))
                .ifPresent(existing -> {
                    throw new ConflictException("A shelter named '" + existing.name() + "' already exists (id "
                            + existing.id() + ").");
                });
    }
}
