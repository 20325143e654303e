package kz.registry.budget.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.budget.entity.FiscalPeriod;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.shared.ConflictException;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/** Fiscal years: finance officers open and close them; finance officers and auditors read them. */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class Periods {

    public static final String RECORD_TYPE = "fiscal-period";

    @EJB
    IdempotentRequests idempotency;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<FiscalPeriod> list() {
        return em.createQuery("select p from FiscalPeriod p order by p.year", FiscalPeriod.class).getResultList();
    }

    public FiscalPeriod get(int year) {
        FiscalPeriod period = em.find(FiscalPeriod.class, FiscalPeriod.checkedYear(year));
        if (period == null) {
            throw new UnknownRecordException(RECORD_TYPE, year);
        }
        return period;
    }

    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Created<FiscalPeriod> open(RequestKey key, int year, boolean incomplete) {
        return idempotency.once(key, RECORD_TYPE, () -> opened(year, incomplete, session.getCallerPrincipal().getName()),
                FiscalPeriod::year, known -> get(Integer.parseInt(known)));
    }

    private FiscalPeriod opened(int year, boolean incomplete, String by) {
        if (em.find(FiscalPeriod.class, FiscalPeriod.checkedYear(year)) != null) {
            throw new ConflictException("Fiscal year " + year + " is already open (or closed): GET /api/periods/" + year);
        }
        FiscalPeriod period = new FiscalPeriod(year, incomplete, clock.instant(), by);
        em.persist(period);
        em.flush();
        audit.record(new AuditEvent(AuditAction.CREATED, RECORD_TYPE, Integer.toString(year), null,
                Snapshots.of(period.snapshot())));
        return period;
    }

    /**
     * Closes a year, provided the caller saw its current version. Waits for postings in flight
     * (their shared lock on the year's row); every posting after it sees the year closed.
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public FiscalPeriod close(int year, long expectedVersion) {
        FiscalPeriod period = locked(year, expectedVersion);
        String before = Snapshots.of(period.snapshot());
        period.close(clock.instant(), session.getCallerPrincipal().getName());
        em.flush();
        audit.record(new AuditEvent(AuditAction.STATE_CHANGED, RECORD_TYPE, Integer.toString(year), before,
                Snapshots.of(period.snapshot())));
        return period;
    }

    /**
     * Closes a year, or says whether the registry holds only part of its money (its figures a
     * floor; null leaves that as it is), or both, provided the caller saw the year's current version.
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public FiscalPeriod change(int year, long expectedVersion, boolean close, Boolean incomplete) {
        FiscalPeriod period = locked(year, expectedVersion);
        if (incomplete != null && period.incomplete() != incomplete) {
            String before = Snapshots.of(period.snapshot());
            period.markIncomplete(incomplete);
            em.flush();
            audit.record(new AuditEvent(AuditAction.UPDATED, RECORD_TYPE, Integer.toString(year), before,
                    Snapshots.of(period.snapshot())));
        }
        return close ? close(year, period.version()) : period;
    }

    private FiscalPeriod locked(int year, long expectedVersion) {
        FiscalPeriod period = em.find(FiscalPeriod.class, FiscalPeriod.checkedYear(year), LockModeType.PESSIMISTIC_WRITE);
        if (period == null) {
            throw new UnknownRecordException(RECORD_TYPE, year);
        }
        if (period.version() != expectedVersion) {
            throw ConflictException.staleVersion(RECORD_TYPE, year, expectedVersion, period.version());
        }
        return period;
    }
}
