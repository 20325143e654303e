package kz.registry.reporting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import kz.registry.reporting.entity.ClaimChange;
import kz.registry.reporting.entity.ClaimFigures;
import kz.registry.reporting.entity.ClaimGroup;
import kz.registry.reporting.entity.ClaimTotal;
import kz.registry.reporting.entity.SpendingByPurpose;
import kz.registry.reporting.entity.SpendingByRecipient;
import kz.registry.reporting.entity.SpendingChange;
import kz.registry.reporting.entity.SpendingFigures;
import kz.registry.reporting.entity.SpendingGroup;
import kz.registry.reporting.entity.SpendingTotal;

/**
 * Folds committed spending and claim changes into their totals, a batch per transaction: the changes it
 * read are deleted and added to their totals together, so a report (totals plus changes, in one
 * statement) reads the same sums before and after. Deleting first makes a second folder, on
 * another process, wait for the first and then find fewer rows than it read: it rolls back
 * instead of counting a change twice.
 */
@Stateless
@PermitAll
public class SummaryFolding {

    /** Changes folded per transaction. */
    static final int BATCH = 5_000;
    /** Keys named per query. */
    private static final int IN_LIST = 500;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** Thrown when another process folded some of the same changes first; the batch rolls back. */
    @ApplicationException(rollback = true)
    public static class FoldedElsewhere extends RuntimeException {
        FoldedElsewhere(int read, int deleted) {
            super("Read " + read + " changes but could delete only " + deleted + ": another process folds them");
        }
    }

    /** Folds up to {@value #BATCH} spending changes; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int foldSpending() {
        List<SpendingChange> changes = take(SpendingChange.class, SpendingChange::id);
        Map<SpendingGroup, SpendingFigures> byRecipient = new LinkedHashMap<>();
        Map<SpendingGroup, SpendingFigures> byPurpose = new LinkedHashMap<>();
        for (SpendingChange change : changes) {
            byRecipient.computeIfAbsent(change.group(), group -> new SpendingFigures()).add(change.figures());
            byPurpose.computeIfAbsent(change.group().byPurpose(), group -> new SpendingFigures()).add(change.figures());
        }
        addTo(SpendingByRecipient.class, byRecipient, SpendingByRecipient::new);
        addTo(SpendingByPurpose.class, byPurpose, SpendingByPurpose::new);
        return changes.size();
    }

    /** Folds up to {@value #BATCH} claim changes; a bucket left with no claim is removed. Answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int foldClaims() {
        List<ClaimChange> changes = take(ClaimChange.class, ClaimChange::id);
        Map<String, ClaimGroup> groups = new HashMap<>();
        Map<String, ClaimFigures> sums = new LinkedHashMap<>();
        for (ClaimChange change : changes) {
            String key = change.group().key();
            groups.putIfAbsent(key, change.group());
            sums.computeIfAbsent(key, k -> new ClaimFigures()).add(change.figures());
        }
        Map<String, ClaimTotal> totals = totals(ClaimTotal.class, List.copyOf(sums.keySet()), ClaimTotal::groupKey);
        sums.forEach((key, figures) -> {
            ClaimTotal total = totals.get(key);
            if (total == null) {
                total = new ClaimTotal(groups.get(key));
                em.persist(total);
            }
            total.figures().add(figures);
            if (total.figures().isEmpty()) {
                em.remove(total);
            }
        });
        return changes.size();
    }

    /**
     * Takes up to {@value #BATCH} committed changes: reads them and deletes them, first, so that
     * a second folder waits on the rows and then finds them gone.
     */
    private <C> List<C> take(Class<C> type, Function<C, UUID> id) {
        List<C> changes = em.createQuery("select c from " + type.getSimpleName() + " c", type)
                .setMaxResults(BATCH).getResultList();
        List<UUID> ids = changes.stream().map(id).toList();
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            deleted += em.createQuery("delete from " + type.getSimpleName() + " c where c.id in :ids")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).executeUpdate();
        }
        if (deleted != changes.size()) {
            throw new FoldedElsewhere(changes.size(), deleted);
        }
        return changes;
    }

    /** The totals of these keys that exist so far, by key. */
    private <T> Map<String, T> totals(Class<T> summary, List<String> keys, Function<T, String> keyOf) {
        Map<String, T> totals = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            em.createQuery("select t from " + summary.getSimpleName() + " t where t.groupKey in :keys", summary)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + IN_LIST))).getResultList()
                    .forEach(total -> totals.put(keyOf.apply(total), total));
        }
        return totals;
    }

    private <T extends SpendingTotal> void addTo(Class<T> summary, Map<SpendingGroup, SpendingFigures> changes,
                                                 Function<SpendingGroup, T> created) {
        Map<String, T> totals = totals(summary, changes.keySet().stream().map(SpendingGroup::key).toList(),
                SpendingTotal::groupKey);
        changes.forEach((group, figures) -> totals.computeIfAbsent(group.key(), key -> {
            T total = created.apply(group);
            em.persist(total);
            return total;
        }).add(figures));
    }
}
