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
import java.util.Optional;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.proceedings.control.IdentityVault;
import kz.registry.proceedings.entity.ConvictedPerson;
import kz.registry.proceedings.entity.CriminalProceeding;
import kz.registry.proceedings.entity.Identity;
import kz.registry.proceedings.entity.ProceedingDetails;
import kz.registry.proceedings.entity.ProceedingFilter;
import kz.registry.shared.ConflictException;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * Criminal proceedings and the persons convicted in them: court clerks register and update them,
 * auditors read them. A convicted person's identity is stored encrypted and read only by court
 * clerks, each read audited.
 */
@Stateless
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class Proceedings {

    public static final String RECORD_TYPE = "criminal-proceeding";
    public static final String CONVICTED_RECORD = "convicted-person";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    IdempotentRequests idempotency;

    @Inject
    IdentityVault vault;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.COURT_CLERK)
    public Created<CriminalProceeding> register(RequestKey key, ProceedingDetails details) {
        return idempotency.once(key, RECORD_TYPE, () -> {
            refuseDuplicate(details.registrationNumber(), null);
            CriminalProceeding proceeding = new CriminalProceeding(details, clock.instant());
            em.persist(proceeding);
            em.flush();
            audit.record(new AuditEvent(AuditAction.CREATED, RECORD_TYPE, proceeding.id().toString(), null,
                    Snapshots.of(proceeding.details())));
            return proceeding;
        }, CriminalProceeding::id, id -> get(UUID.fromString(id)));
    }

    @RolesAllowed(Roles.COURT_CLERK)
    public CriminalProceeding revise(UUID id, long expectedVersion, ProceedingDetails details) {
        CriminalProceeding proceeding = get(id);
        if (proceeding.version() != expectedVersion) {
            throw ConflictException.staleVersion(RECORD_TYPE, id, expectedVersion, proceeding.version());
        }
        refuseDuplicate(details.registrationNumber(), id);
        String before = Snapshots.of(proceeding.details());
        proceeding.revise(details);
        em.flush();
        audit.record(new AuditEvent(AuditAction.UPDATED, RECORD_TYPE, id.toString(), before,
                Snapshots.of(proceeding.details())));
        return proceeding;
    }

    public CriminalProceeding get(UUID id) {
        CriminalProceeding proceeding = em.find(CriminalProceeding.class, id);
        if (proceeding == null) {
            throw new UnknownRecordException(RECORD_TYPE, id);
        }
        return proceeding;
    }

    /**
     * The proceeding with that registration number, as other capabilities see it: pseudonymous
     * facts.
     */
    public Optional<kz.registry.proceedings.ProceedingFacts> factsOfNumber(String registrationNumber) {
        return em.createQuery("select p from CriminalProceeding p where p.registrationNumber = :number",
                        CriminalProceeding.class)
                .setParameter("number", registrationNumber).getResultStream().findFirst()
                .map(proceeding -> facts(proceeding.id()));
    }

    /** The proceeding as other capabilities see it. */
    public kz.registry.proceedings.ProceedingFacts facts(UUID id) {
        CriminalProceeding proceeding = get(id);
        return new kz.registry.proceedings.ProceedingFacts(id, proceeding.registrationNumber(),
                proceeding.articles().stream().map(article -> article.article()).distinct().toList(),
                proceeding.stage().name(), proceeding.details().registeredOn(),
                convicted(id).stream().map(ConvictedPerson::id).toList());
    }

    public Page<CriminalProceeding> list(ProceedingFilter filter, PageRequest page) {
        FilteredQuery query = new FilteredQuery("CriminalProceeding", "p");
        if (filter.stage() != null) {
            query.and("p.stage = :stage", "stage", filter.stage());
        }
        if (filter.article() != null) {
            // articles are stored as "128-2,135": match the article with or without a part
            query.and("concat(',', p.articles, ',') like :whole or concat(',', p.articles, ',') like :part",
                    "whole", "%," + filter.article() + ",%", "part", "%," + filter.article() + "-%");
        }
        query.containing(filter.words(), "registrationNumber", "prosecutingBody");
        return query.page(em, CriminalProceeding.class, page.sort().jpql("p",
                List.of("registeredOn", "registrationNumber", "stage", "verdictOn"), "p.registeredOn desc, p.registrationNumber"),
                page);
    }

    /**
     * Records a person convicted in the proceeding, once per idempotency key; the identity is
     * stored encrypted and enters the key's fingerprint only as the vault's keyed digest.
     */
    @RolesAllowed(Roles.COURT_CLERK)
    public Created<ConvictedPerson> convict(RequestKey key, UUID proceedingId, Identity identity, LocalDate convictedOn) {
        RequestKey withIdentity = key == null ? null : key.including(vault.fingerprint(identity));
        return idempotency.once(withIdentity, CONVICTED_RECORD, () -> {
            ConvictedPerson person = new ConvictedPerson(get(proceedingId), vault.seal(identity), convictedOn,
                    clock.instant());
            em.persist(person);
            em.flush();
            audit.record(new AuditEvent(AuditAction.CREATED, CONVICTED_RECORD, person.id().toString(), null,
                    Snapshots.of(person.snapshot())));
            return person;
        }, ConvictedPerson::id, id -> convictedPerson(UUID.fromString(id)));
    }

    private ConvictedPerson convictedPerson(UUID personId) {
        ConvictedPerson person = em.find(ConvictedPerson.class, personId);
        if (person == null) {
            throw new UnknownRecordException(CONVICTED_RECORD, personId);
        }
        return person;
    }

    public List<ConvictedPerson> convicted(UUID proceedingId) {
        get(proceedingId);
        return em.createQuery("select c from ConvictedPerson c where c.proceedingId = :proceeding order by c.convictedOn",
                ConvictedPerson.class).setParameter("proceeding", proceedingId).getResultList();
    }

    /** A convicted person's identity, for a court clerk; the read is itself audited. */
    @RolesAllowed(Roles.COURT_CLERK)
    public Identity convictedIdentity(UUID personId) {
        ConvictedPerson person = convictedPerson(personId);
        audit.recordPersonalDataRead(CONVICTED_RECORD, personId.toString(), Identity.FIELDS);
        return vault.open(person.protectedIdentity());
    }

    private void refuseDuplicate(String registrationNumber, UUID exceptId) {
        em.createQuery("select p from CriminalProceeding p where p.registrationNumber = :number", CriminalProceeding.class)
                .setParameter("number", registrationNumber).getResultStream()
                .filter(existing -> !existing.id().equals(exceptId))
                .findFirst().ifPresent(existing -> {
                    throw new ConflictException("Proceeding " + registrationNumber + " is already registered (id "
                            + existing.id() + ").");
                });
    }
}
