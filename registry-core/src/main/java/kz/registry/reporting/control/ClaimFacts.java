package kz.registry.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Recorded;
import kz.registry.claims.boundary.Claims;
import kz.registry.claims.boundary.Recourse;
import kz.registry.reporting.entity.ClaimChange;
import kz.registry.reporting.entity.ClaimFact;

/**
 * Keeps each claim's fact in step with the claim, in the transaction of every write to it: the
 * audit trail tells of every write (a claim filed or moved, a recovery opened or paid), so no
 * path that changes a claim is missed. The fact's row is locked first, so two writes to one
 * claim count it in turn; a changed fact leaves two changes for the folder: the old bucket
 * loses the old figures, the new bucket gains the new ones.
 */
@ApplicationScoped
public class ClaimFacts {

    /** Claims read per query. */
    private static final int IN_LIST = 500;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    void recorded(@Observes Recorded recorded) {
        SortedSet<UUID> claims = new TreeSet<>();
        for (AuditEvent event : recorded.events()) {
            if (event.action() == AuditAction.PERSONAL_DATA_READ) {
                continue;
            }
            if (Claims.RECORD_TYPE.equals(event.aggregateType())) {
                claims.add(UUID.fromString(event.aggregateId()));
            } else if (Recourse.RECOVERY_RECORD.equals(event.aggregateType())) {
                claims.addAll(claimOfRecovery(UUID.fromString(event.aggregateId())));
            }
        }
        List<UUID> ids = List.copyOf(claims);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            recount(ids.subList(from, Math.min(ids.size(), from + IN_LIST)));
        }
    }

    private void recount(List<UUID> ids) {
        em.flush(); // the native read below must see this transaction's own changes
        Map<UUID, ClaimFact> counted = new HashMap<>();
        em.createQuery("select f from ClaimFact f where f.claimId in :ids order by f.claimId", ClaimFact.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(fact -> counted.put(fact.claimId(), fact));
        List<String> places = new ArrayList<>();
        for (int i = 1; i <= ids.size(); i++) {
            places.add("?" + i);
        }
        var read = em.createNativeQuery("select c.id, c.filed_on, c.category, c.status, v.citizenship, v.sex, v.minor,"
                + " v.exploitation, c.decided_on, c.paid_on, c.amount, r.recovered from compensation_claim c"
                + " join victim v on v.id = c.victim_id left join recovery r on r.claim_id = c.id"
                + " where c.id in (" + String.join(", ", places) + ")");
        for (int i = 0; i < ids.size(); i++) {
            read.setParameter(i + 1, ids.get(i));
        }
        for (Object row : read.getResultList()) {
            Object[] claim = (Object[]) row;
            UUID id = claim[0] instanceof UUID uuid ? uuid : UUID.fromString(claim[0].toString());
            ClaimCount now = ClaimCount.of(day(claim[1]), (String) claim[2], ((String) claim[3]).strip(),
                    (String) claim[4], (String) claim[5], Boolean.TRUE.equals(claim[6]), (String) claim[7],
                    day(claim[8]), day(claim[9]), (BigDecimal) claim[10], (BigDecimal) claim[11]);
            ClaimFact before = counted.get(id);
            if (before == null) {
                em.persist(new ClaimFact(id, now.group(), now.figures()));
                em.persist(new ClaimChange(now.group(), now.figures()));
            } else if (!before.group().equals(now.group()) || !before.figures().equals(now.figures())) {
                em.persist(new ClaimChange(before.group(), before.figures().negated()));
                em.persist(new ClaimChange(now.group(), now.figures()));
                before.recount(now.group(), now.figures());
            }
        }
    }

    private List<UUID> claimOfRecovery(UUID recovery) {
        return em.createNativeQuery("select claim_id from recovery where id = ?1").setParameter(1, recovery)
                .getResultList().stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                .toList();
    }

    private static LocalDate day(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate day -> day;
            case java.sql.Date date -> date.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
