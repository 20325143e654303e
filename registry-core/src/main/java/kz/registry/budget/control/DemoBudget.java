package kz.registry.budget.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.budget.boundary.Periods;
import kz.registry.budget.boundary.Shelters;
import kz.registry.budget.entity.AppropriationTerms;
import kz.registry.budget.entity.BudgetEntry;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.FiscalPeriod;
import kz.registry.budget.entity.FundingSource;
import kz.registry.budget.entity.Posting;
import kz.registry.budget.entity.Shelter;
import kz.registry.budget.entity.Target;
import kz.registry.money.Money;
import kz.registry.shared.Configuration;
import kz.registry.shared.DemoFiles;

/**
 * In demo mode, the seed's budget years 2016 and 2017 ({@code demo/budget.csv}), posted through
 * the ledger like any finance officer's, and the current year opened. Loaded once: when 2016 is
 * already open nothing is added.
 */
@Singleton
@Startup
@DependsOn("DemoShelters")
public class DemoBudget {

    private static final Logger LOG = Logger.getLogger(DemoBudget.class.getName());
    static final String RESOURCE = "/demo/budget.csv";
    /** Fiscal years are Kazakhstan's calendar years. */
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    BudgetLedger ledger;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!Configuration.flag("registry.demo", false)) {
            return;
        }
        int thisYear = LocalDate.now(clock.withZone(KAZAKHSTAN)).getYear();
        if (em.find(FiscalPeriod.class, thisYear) == null) {
            Periods.open(em, audit, thisYear, clock, AuditTrail.SYSTEM);
        }
        if (em.find(FiscalPeriod.class, 2016) != null) {
            return;
        }
        Periods.open(em, audit, 2016, clock, AuditTrail.SYSTEM);
        Periods.open(em, audit, 2017, clock, AuditTrail.SYSTEM);
        BudgetEntry.Stamp stamp = new BudgetEntry.Stamp(clock.instant(), AuditTrail.SYSTEM, null);
        List<BudgetEntry> posted = new ArrayList<>();
        BudgetEntry appropriation = null;
        for (String[] cells : read()) {
            if (cells[0].equals("appropriation")) {
                appropriation = ledger.appropriate(new AppropriationTerms(Integer.parseInt(cells[1]),
                        FundingSource.of("source", cells[2]), cells[3], Money.of(cells[4], "KZT"),
                        LocalDate.parse(cells[5]), cells[6]), stamp);
                posted.add(appropriation);
            } else {
                Target target = cells[1].equals("shelter")
                        ? Target.shelter(Shelters.findByName(em, cells[2]).map(Shelter::id).orElseThrow(
                                () -> new IllegalStateException("Demo shelter missing: " + cells[2])))
                        : Target.investigation(cells[2]);
                Money amount = Money.of(cells[3], "KZT");
                BudgetEntry allocation = ledger.post(new Posting(EntryKind.ALLOCATION, appropriation.id(), target,
                        amount, LocalDate.parse(cells[4]), cells[6]), stamp);
                posted.add(allocation);
                posted.add(ledger.post(new Posting(EntryKind.COMMITMENT, allocation.id(), null, amount,
                        LocalDate.parse(cells[4]), "Grant agreement"), stamp));
                posted.add(ledger.post(new Posting(EntryKind.PAYMENT, allocation.id(), null, amount,
                        LocalDate.parse(cells[5]), "Paid in full"), stamp));
            }
        }
        em.flush();
        audit.recordAll(posted.stream().map(entry -> new AuditEvent(AuditAction.CREATED, entry.kind().recordType(),
                entry.id().toString(), null, Snapshots.of(entry.snapshot()))).toList());
        LOG.info(() -> "Demo data: the seed's budget for 2016 and 2017, " + posted.size() + " ledger entries.");
    }

    static List<String[]> read() {
        return DemoFiles.read(RESOURCE);
    }
}
