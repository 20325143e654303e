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
import kz.registry.reporting.entity.SpendingByPurpose;
import kz.registry.reporting.entity.SpendingByRecipient;
import kz.registry.reporting.entity.SpendingChange;
import kz.registry.reporting.entity.SpendingFigures;
import kz.registry.reporting.entity.SpendingGroup;
import kz.registry.reporting.entity.SpendingTotal;

/**
 * Folds committed spending changes into the totals, a batch per transaction: the changes it
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
            super("Read " + read + " spending changes but could delete only " + deleted + ": another process folds them");
        }
    }

    /** Folds up to {@value #BATCH} changes; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int foldSpending() {
        List<SpendingChange> changes = em.createQuery("select c from SpendingChange c", SpendingChange.class)
                .setMaxResults(BATCH).getResultList();
        if (changes.isEmpty()) {
            return 0;
        }
        List<UUID> ids = changes.stream().map(SpendingChange::id).toList();
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            deleted += em.createQuery("delete from SpendingChange c where c.id in :ids")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).executeUpdate();
        }
        if (deleted != changes.size()) {
            throw new FoldedElsewhere(changes.size(), deleted);
        }
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

    private <T extends SpendingTotal> void addTo(Class<T> summary, Map<SpendingGroup, SpendingFigures> changes,
                                                 Function<SpendingGroup, T> created) {
        Map<String, SpendingGroup> groups = new HashMap<>();
        changes.keySet().forEach(group -> groups.put(group.key(), group));
        List<String> keys = List.copyOf(groups.keySet());
        Map<String, T> totals = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            em.createQuery("select t from " + summary.getSimpleName() + " t where t.groupKey in :keys", summary)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + IN_LIST))).getResultList()
                    .forEach(total -> totals.put(total.groupKey(), total));
        }
        changes.forEach((group, figures) -> totals.computeIfAbsent(group.key(), key -> {
            T total = created.apply(group);
            em.persist(total);
            return total;
        }).add(figures));
    }
}
