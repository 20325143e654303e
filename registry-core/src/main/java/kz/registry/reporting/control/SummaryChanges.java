package kz.registry.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.registry.budget.EntriesPosted;
import kz.registry.claims.ClaimVocabulary;
import kz.registry.claims.FundEntryPosted;
import kz.registry.reporting.entity.FundDayTotal;
import kz.registry.reporting.entity.SpendingChange;
import kz.registry.reporting.entity.SpendingFigures;
import kz.registry.reporting.entity.SpendingGroup;

/**
 * Keeps the report summaries up to date in the transaction of each posting: the budget ledger's
 * postings become change rows (one per group a transaction touches, inserted, never a shared row
 * updated); the fund's entries add to their day's total, under the fund account's lock they
 * already hold.
 */
@ApplicationScoped
public class SummaryChanges {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    void budgetPosted(@Observes EntriesPosted posted) {
        Map<SpendingGroup, SpendingFigures> changes = new LinkedHashMap<>();
        for (EntriesPosted.Entry entry : posted.entries()) {
            changes.computeIfAbsent(SpendingGroup.of(entry), group -> new SpendingFigures()).add(entry.kind(), entry.amount());
        }
        changes.forEach((group, figures) -> em.persist(new SpendingChange(group, figures)));
    }

    void fundPosted(@Observes FundEntryPosted posted) {
        FundDayTotal.Day day = new FundDayTotal.Day(posted.valueDate(), posted.inflow() ? ClaimVocabulary.FUND_IN : ClaimVocabulary.FUND_OUT,
                posted.source());
        FundDayTotal total = em.find(FundDayTotal.class, day);
        if (total == null) {
            total = new FundDayTotal(day);
            em.persist(total);
        }
        total.add(posted.amount());
    }
}
