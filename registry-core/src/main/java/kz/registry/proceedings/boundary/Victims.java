package kz.registry.proceedings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.proceedings.control.IdentityVault;
import kz.registry.proceedings.entity.Identity;
import kz.registry.proceedings.entity.Victim;
import kz.registry.proceedings.entity.VictimFilter;
import kz.registry.proceedings.entity.VictimProfile;
import kz.registry.proceedings.entity.VictimRecognition;
import kz.registry.shared.ConflictException;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * Victims: court clerks register them (an identity, stored encrypted, and a profile) and record
 * the resolutions recognising them in proceedings; auditors read the pseudonymous side only.
 * Reading an identity is a court clerk's act, and it is audited.
 */
@Stateless
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class Victims {

    public static final String RECORD_TYPE = "victim";
    public static final String RECOGNITION_RECORD = "victim-recognition";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    IdempotentRequests idempotency;

    @EJB
    Proceedings proceedings;

    @Inject
    IdentityVault vault;

    @Inject
    Clock clock;

    /**
     * Registers a victim, once per idempotency key: the key's fingerprint takes in the identity
     * only as the vault's keyed digest of it.
     */
    @RolesAllowed(Roles.COURT_CLERK)
    public Created<Victim> register(RequestKey key, VictimProfile profile, Identity identity) {
        RequestKey withIdentity = key == null ? null : key.including(vault.fingerprint(identity));
        return idempotency.once(withIdentity, RECORD_TYPE, () -> {
            Victim victim = new Victim(profile, vault.seal(identity), clock.instant());
            em.persist(victim);
            em.flush();
            audit.record(new AuditEvent(AuditAction.CREATED, RECORD_TYPE, victim.id().toString(), null,
                    Snapshots.of(victim.snapshot())));
            return victim;
        }, Victim::id, id -> get(UUID.fromString(id)));
    }

    public Victim get(UUID id) {
        Victim victim = em.find(Victim.class, id);
        if (victim == null) {
            throw new UnknownRecordException(RECORD_TYPE, id);
        }
        return victim;
    }

    /**
     * The victims recognised in a proceeding, as other capabilities see them: codes and profiles,
     * no identity.
     */
    public List<kz.registry.proceedings.VictimFacts> recognisedIn(UUID proceedingId) {
        return em.createQuery("select r.victimId from VictimRecognition r where r.proceedingId = :proceeding",
                        UUID.class)
                .setParameter("proceeding", proceedingId).getResultList().stream().map(this::facts).toList();
    }

    /** The victim as other capabilities see it: no identity. */
    public kz.registry.proceedings.VictimFacts facts(UUID id) {
        Victim victim = get(id);
        var profile = victim.profile();
        java.util.Map<UUID, LocalDate> recognised = new java.util.HashMap<>();
        recognitions(id).forEach(recognition -> recognised.put(recognition.proceedingId(), recognition.recognisedOn()));
        return new kz.registry.proceedings.VictimFacts(id, victim.code(), profile.citizenship(), profile.foreign(),
                profile.sex().name(), profile.minor(), profile.exploitation().name(), recognised);
    }

    public Page<Victim> list(VictimFilter filter, PageRequest page) {
        FilteredQuery query = new FilteredQuery("Victim", "v");
        if (filter.citizenship() != null) {
            query.and("v.citizenship = :citizenship", "citizenship",
                    filter.citizenship().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.foreign() != null) {
            query.and(filter.foreign() ? "v.citizenship <> 'KZ'" : "v.citizenship = 'KZ'");
        }
        if (filter.exploitation() != null) {
            query.and("v.exploitation = :exploitation", "exploitation", filter.exploitation());
        }
        if (filter.proceedingId() != null) {
            query.and("exists (select r from VictimRecognition r where r.victimId = v.id"
                    + " and r.proceedingId = :proceeding)", "proceeding", filter.proceedingId());
        }
        query.containing(filter.words(), "code");
        return query.page(em, Victim.class, page.sort().jpql("v", List.of("createdAt", "code"), "v.createdAt, v.id"), page);
    }

    /** The victim's identity, for a court clerk; the read is itself audited (the fields, never their values). */
    @RolesAllowed(Roles.COURT_CLERK)
    public Identity identity(UUID id) {
        Victim victim = get(id);
        audit.recordPersonalDataRead(RECORD_TYPE, id.toString(), Identity.FIELDS);
        return vault.open(victim.protectedIdentity());
    }

    /** A new identity (a corrected name, a new bank account), provided the clerk saw the current version. */
    @RolesAllowed(Roles.COURT_CLERK)
    public Victim replaceIdentity(UUID id, long expectedVersion, Identity identity) {
        Victim victim = get(id);
        if (victim.version() != expectedVersion) {
            throw ConflictException.staleVersion(RECORD_TYPE, id, expectedVersion, victim.version());
        }
        victim.replaceIdentity(vault.seal(identity));
        em.flush();
        audit.record(new AuditEvent(AuditAction.UPDATED, RECORD_TYPE, id.toString(), null,
                Snapshots.of(new IdentityReplaced(Identity.FIELDS))));
        return victim;
    }

    /** What the trail keeps of an identity's replacement: which fields may have changed, no values. */
    public record IdentityReplaced(List<String> fields) {
    }

    /** Records the resolution recognising the victim in a proceeding: once per victim and proceeding. */
    @RolesAllowed(Roles.COURT_CLERK)
    public Created<VictimRecognition> recognise(RequestKey key, UUID victimId, UUID proceedingId, LocalDate recognisedOn,
                                                String resolutionNumber) {
        return idempotency.once(key, RECOGNITION_RECORD, () -> {
            get(victimId);
            var proceeding = proceedings.get(proceedingId);
            boolean known = !em.createQuery("select r from VictimRecognition r where r.victimId = :victim"
                            + " and r.proceedingId = :proceeding", VictimRecognition.class)
                    .setParameter("victim", victimId).setParameter("proceeding", proceedingId).getResultList().isEmpty();
            if (known) {
                throw new ConflictException("Victim " + victimId + " is already recognised in proceeding "
                        + proceeding.registrationNumber() + ".");
            }
            VictimRecognition recognition = new VictimRecognition(victimId, proceeding, recognisedOn, resolutionNumber,
                    clock.instant());
            em.persist(recognition);
            em.flush();
            audit.record(new AuditEvent(AuditAction.CREATED, RECOGNITION_RECORD, recognition.id().toString(), null,
                    Snapshots.of(recognition.snapshot())));
            return recognition;
        }, VictimRecognition::id, id -> em.find(VictimRecognition.class, UUID.fromString(id)));
    }

    public List<VictimRecognition> recognitions(UUID victimId) {
        return em.createQuery("select r from VictimRecognition r where r.victimId = :victim order by r.recognisedOn",
                VictimRecognition.class).setParameter("victim", victimId).getResultList();
    }
}
