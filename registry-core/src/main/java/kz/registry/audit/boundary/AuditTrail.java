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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Recorded;
import kz.registry.audit.Snapshots;
import kz.registry.audit.control.SequenceNumbers;
import kz.registry.audit.entity.AuditEntry;
import kz.registry.audit.entity.AuditPending;
import kz.registry.audit.entity.AuditQuery;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.RequestCorrelation;
import kz.registry.shared.Roles;

/**
 * The audit trail. Boundaries record each change inside their own transaction, so a change
 * and its entry commit or roll back together; auditors read it. The sealer makes the committed
 * entries leaves of the audit log ({@link AuditLog}), which auditors verify.
 */
@Stateless
@DeclareRoles({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class AuditTrail {

    /** Who acts when no one signed in does: start-up tasks such as loading demo data. */
    public static final String SYSTEM = Roles.SYSTEM;

    @Inject
    Event<Recorded> recorded;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestCorrelation correlation;

    @Inject
    Clock clock;

    @Inject
    SequenceNumbers sequenceNumbers;

    /** Appends an entry for the caller's change, in the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        return recordAll(List.of(event)).getFirst();
    }

    /**
     * Appends one entry per change, in order, for a change of many records at once (a bulk
     * entry). No shared lock: the entries take their numbers from the database's sequence, and
     * wait, committed with the change, for the sealer to make them leaves of the log.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<AuditEntry> recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        String roles = Roles.ALL.stream().filter(session::isCallerInRole).collect(Collectors.joining(","));
        String actor = actor(roles);
        String correlationId = correlationId();
        java.time.Instant now = clock.instant();
        List<Long> numbers = sequenceNumbers.next(events.size());
        List<AuditEntry> entries = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            AuditEntry entry = new AuditEntry(numbers.get(i), now, actor, roles, events.get(i), correlationId);
            em.persist(entry);
            em.persist(new AuditPending(entry.id(), entry.sequence()));
            entries.add(entry);
        }
        recorded.fire(new Recorded(events));
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
        FilteredQuery entries = new FilteredQuery("AuditEntry", "a")
                .equal("aggregateType", query.aggregateType())
                .equal("aggregateId", query.aggregateId())
                .equal("actor", query.actor());
        if (query.from() != null) {
            entries.and("a.occurredAt >= :from", "from", query.from());
        }
        if (query.to() != null) {
            entries.and("a.occurredAt < :to", "to", query.to());
        }
        return entries.page(em, AuditEntry.class, page.sort().jpql("a", List.of("sequence", "occurredAt"), "a.sequence"),
                page);
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
