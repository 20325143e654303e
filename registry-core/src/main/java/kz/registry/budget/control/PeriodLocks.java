package kz.registry.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import kz.registry.budget.entity.PeriodState;
import kz.registry.shared.BusinessRuleException;

/**
 * Locks a fiscal year's row so that closing the year and posting in it never overlap. A
 * posting holds a shared lock until it commits, so many post at once; closing takes the row
 * exclusively, so it waits for postings in flight and every later posting sees the year closed.
 * PostgreSQL has shared row locks ({@code for share}); H2, the embedded default, locks the row
 * exclusively ({@code for update}), which is also correct, just one posting per year at a time.
 */
@Dependent
public class PeriodLocks {

    private static volatile String shareClause;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** Locks the year for a posting and refuses one the year does not accept. */
    public void lockForPosting(int year, String what) {
        List<?> state = em.createNativeQuery("select state from fiscal_period where fiscal_year = ?1" + shareClause())
                .setParameter(1, year).getResultList();
        if (state.isEmpty()) {
            throw new BusinessRuleException("Fiscal year " + year + " is not open: a finance officer opens it first"
                    + " (POST /api/periods).");
        }
        if (PeriodState.CLOSED.name().equals(String.valueOf(state.getFirst()).strip())) {
            throw new BusinessRuleException("Fiscal year " + year + " is closed: it accepts no " + what
                    + ". Post in an open year.");
        }
    }

    private String shareClause() {
        if (shareClause == null) {
            try {
                String product = em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
                shareClause = product.toLowerCase(Locale.ROOT).contains("postgres") ? " for share" : " for update";
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
        }
        return shareClause;
    }
}
