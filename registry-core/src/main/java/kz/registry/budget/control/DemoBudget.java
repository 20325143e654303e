package kz.registry.budget.control;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import kz.registry.budget.boundary.BudgetEntries;
import kz.registry.budget.boundary.Periods;
import kz.registry.budget.boundary.Shelters;
import kz.registry.budget.entity.AppropriationTerms;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.FiscalPeriod;
import kz.registry.budget.entity.FundingSource;
import kz.registry.budget.entity.Posting;
import kz.registry.budget.entity.Shelter;
import kz.registry.budget.entity.Target;
import kz.registry.money.Money;
import kz.registry.shared.Configuration;
import kz.registry.shared.DemoFiles;
import kz.registry.shared.Roles;

/**
 * In demo mode, the seed's budget years 2016 and 2017 ({@code demo/budget.csv}), posted through
 * the budget's boundaries like any finance officer's, by a finance officer named {@code system}
 * (see {@link DemoBudgetAtStartUp}), and the current year opened. Loaded once: when 2016 is
 * already open nothing is added.
 */
@Stateless
@RunAs(Roles.FINANCE_OFFICER)
public class DemoBudget {

    private static final Logger LOG = Logger.getLogger(DemoBudget.class.getName());
    static final String RESOURCE = "/demo/budget.csv";
    /** Fiscal years are Kazakhstan's calendar years. */
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    Periods periods;

    @EJB
    BudgetEntries entries;

    @Inject
    Clock clock;

    public void load() {
        if (!Configuration.flag("registry.demo", false)) {
            return;
        }
        int thisYear = LocalDate.now(clock.withZone(KAZAKHSTAN)).getYear();
        if (em.find(FiscalPeriod.class, thisYear) == null) {
            periods.open(null, thisYear, false);
        }
        if (em.find(FiscalPeriod.class, 2016) != null) {
            return;
        }
        periods.open(null, 2016, false);
        // the US TIP report 2018 gives 2017's figure as a floor ("at least 162.7 million KZT")
        periods.open(null, 2017, true);
        int posted = 0;
        UUID appropriation = null;
        for (String[] cells : read()) {
            if (cells[0].equals("appropriation")) {
                appropriation = entries.appropriate(null, new AppropriationTerms(Integer.parseInt(cells[1]),
                        FundingSource.of("source", cells[2]), cells[3], Money.kzt(cells[4]),
                        LocalDate.parse(cells[5]), null, cells[6])).state().entry().id();
                posted++;
            } else {
                Target target = cells[1].equals("shelter")
                        ? Target.shelter(Shelters.findByName(em, cells[2]).map(Shelter::id).orElseThrow(
                                () -> new IllegalStateException("Demo shelter missing: " + cells[2])))
                        : Target.investigation(cells[2]);
                Money amount = Money.kzt(cells[3]);
                UUID allocation = entries.post(null, new Posting(EntryKind.ALLOCATION, appropriation, target,
                        amount, LocalDate.parse(cells[4]), cells[6])).state().entry().id();
                entries.post(null, new Posting(EntryKind.COMMITMENT, allocation, null, amount,
                        LocalDate.parse(cells[4]), "Grant agreement"));
                entries.post(null, new Posting(EntryKind.PAYMENT, allocation, null, amount,
                        LocalDate.parse(cells[5]), "Paid in full"));
                posted += 3;
            }
        }
        int all = posted;
        LOG.info(() -> "Demo data: the seed's budget for 2016 and 2017, " + all + " ledger entries.");
    }

    static List<String[]> read() {
        return DemoFiles.read(RESOURCE);
    }
}
