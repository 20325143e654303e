package kz.registry.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.registry.budget.entity.BudgetEntry;
import kz.registry.budget.entity.Consumption;
import kz.registry.budget.entity.EntryKind;

/**
 * What stands against each parent entry, per kind of child, kept as a running sum
 * ({@code budget_consumption}) instead of summed from the children on every posting: commitment
 * control then reads one row per parent however long the ledger grows. Every entry that reaches the
 * ledger passes through {@link #add} in its own transaction.
 */
@Dependent
public class Consumptions {

    /** How many ids one query names. */
    private static final int IN_LIST = 500;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** What stands against each of {@code parents}, by kind of child; a parent with nothing against it is absent. */
    public Map<UUID, Map<EntryKind, BigDecimal>> of(Collection<UUID> parents) {
        List<UUID> ids = List.copyOf(parents);
        Map<UUID, Map<EntryKind, BigDecimal>> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("select c from Consumption c where c.parentId in :ids", Consumption.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultList()
                    .forEach(row -> found.computeIfAbsent(row.parentId(), id -> new EnumMap<>(EntryKind.class))
                            .put(row.kind(), row.amount()));
        }
        return found;
    }

    /**
     * Adds the entries (reversals negative) to what stands against their parents: one atomic
     * increment per parent and kind, a new row for the first. The caller holds each parent's lock
     * when it posts, so two first postings against one parent never both insert.
     */
    public void add(List<BudgetEntry> entries) {
        Map<Against, BigDecimal> deltas = new LinkedHashMap<>();
        for (BudgetEntry entry : entries) {
            entry.parentId().ifPresent(parent -> deltas.merge(new Against(parent, entry.kind()), entry.amount().amount(),
                    BigDecimal::add));
        }
        deltas.forEach((against, delta) -> {
            int updated = em.createNativeQuery("update budget_consumption set amount = amount + ?1"
                            + " where parent_id = ?2 and kind = ?3")
                    .setParameter(1, delta).setParameter(2, against.parent()).setParameter(3, against.kind().name())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into budget_consumption (parent_id, kind, amount) values (?1, ?2, ?3)")
                        .setParameter(1, against.parent()).setParameter(2, against.kind().name()).setParameter(3, delta)
                        .executeUpdate();
            }
        });
    }

    /** Entries of a kind against a parent. */
    record Against(UUID parent, EntryKind kind) {
    }
}
