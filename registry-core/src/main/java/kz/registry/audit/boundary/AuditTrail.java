package kz.registry.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.security.Principal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.registry.audit.entity.AuditEntry;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.entity.AuditHead;
import kz.registry.audit.entity.AuditQuery;
import kz.registry.audit.entity.ChainHash;
import kz.registry.audit.entity.ChainVerification;
import kz.registry.shared.Roles;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.RequestCorrelation;

/**
 * The audit trail. Boundaries record each change inside their own transaction, so a change
 * and its entry commit or roll back together; auditors read and verify.
 */
@Stateless
@DeclareRoles({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class AuditTrail {

    /** Who acts when no one signed in does: start-up tasks such as loading demo data. */
    public static final String SYSTEM = "system";
    private static final int VERIFY_BATCH = 1_000;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestCorrelation correlation;

    @Inject
    Clock clock;

    /** Appends an entry for the caller's change, in the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        return recordAll(List.of(event)).getFirst();
    }

    /**
     * Appends one entry per change, in order, for a change of many records at once (a bulk
     * entry): the chain's head is locked once, not once a record.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<AuditEntry> recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        // Every write of the registry waits for this one row until its transaction ends: write the
        // caller's own rows first, so the lock is held for the audit rows and the commit only
        // (measured by bench/national.sh: most concurrent writers wait here).
        em.flush();
        AuditHead head = em.find(AuditHead.class, AuditHead.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        String roles = Roles.ALL.stream().filter(session::isCallerInRole).collect(Collectors.joining(","));
        String actor = actor(roles);
        String correlationId = correlationId();
        java.time.Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<AuditEntry> entries = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            AuditEntry entry = new AuditEntry(head.nextSequence(), now, actor, roles, event, correlationId,
                    head.lastHash());
            em.persist(entry);
            head.advanceTo(entry);
            entries.add(entry);
        }
        return entries;
    }

    /**
     * Records that the caller read a person's protected data (a victim's identity or bank
     * details, say), naming the fields, never their values. Whoever may read such data calls
     * this in the same transaction as the read, so no read goes unrecorded.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry recordPersonalDataRead(String aggregateType, String aggregateId, List<String> fieldsRead) {
        return record(new AuditEvent(AuditAction.PERSONAL_DATA_READ, aggregateType, aggregateId, null,
                Snapshots.of(new PersonalDataRead(List.copyOf(fieldsRead)))));
    }

    /** What the entry of a read keeps: which fields were read. */
    public record PersonalDataRead(List<String> fieldsRead) {
    }

    @RolesAllowed(Roles.AUDITOR)
    public Page<AuditEntry> entries(AuditQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(matching(cb, entry, query)).orderBy(page.sort().criteria(cb, entry, List.of("sequence", "occurredAt"),
                cb.asc(entry.get("sequence"))));
        List<AuditEntry> items = em.createQuery(select)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(matching(cb, counted, query));
        return new Page<>(items, em.createQuery(count).getSingleResult(), page.offset(), page.limit());
    }

    /**
     * Recomputes every entry's hash and link, in order, and names the first entry that does
     * not hold: a changed field, a changed or missing predecessor, a gap in the sequence.
     */
    @RolesAllowed(Roles.AUDITOR)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainVerification verify() {
        TypedQuery<AuditEntry> batch = em.createQuery(
                "select e from AuditEntry e where e.sequence > :after order by e.sequence", AuditEntry.class);
        String previousHash = ChainHash.GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        List<AuditEntry> entries;
        do {
            entries = batch.setParameter("after", expectedSequence - 1).setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntry entry : entries) {
                checked++;
                if (entry.sequence() != expectedSequence) {
                    return ChainVerification.brokenAt(entry, checked,
                            "entry " + expectedSequence + " is missing before it");
                }
                if (!entry.previousHash().equals(previousHash)) {
                    return ChainVerification.brokenAt(entry, checked,
                            "it does not link to the entry before it");
                }
                if (!ChainHash.of(entry).equals(entry.hash())) {
                    return ChainVerification.brokenAt(entry, checked,
                            "its content no longer matches its hash: it was changed after it was written");
                }
                previousHash = entry.hash();
                expectedSequence++;
            }
            em.clear(); // a long trail must not pile up in memory
        } while (entries.size() == VERIFY_BATCH);
        return ChainVerification.intact(checked);
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.aggregateType() != null) {
            where.add(cb.equal(entry.get("aggregateType"), query.aggregateType()));
        }
        if (query.aggregateId() != null) {
            where.add(cb.equal(entry.get("aggregateId"), query.aggregateId()));
        }
        if (query.actor() != null) {
            where.add(cb.equal(entry.get("actor"), query.actor()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), query.to()));
        }
        return where.toArray(Predicate[]::new);
    }

    private String actor(String roles) {
        Principal caller = session.getCallerPrincipal();
        boolean anonymous = caller == null || roles.isEmpty() && "ANONYMOUS".equalsIgnoreCase(caller.getName());
        return anonymous ? SYSTEM : caller.getName();
    }

    private String correlationId() {
        try {
            return correlation.id();
        } catch (ContextNotActiveException startUpHasNoRequest) {
            return null;
        }
    }
}
