package kz.registry.money.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.RateFileFormat;
import kz.registry.money.RateFileOutcome;
import kz.registry.money.RateImportProgress;
import kz.registry.money.RateImportReport;
import kz.registry.money.control.ImportJobs;
import kz.registry.money.control.RateDirectory;
import kz.registry.money.control.RateFiles;
import kz.registry.money.control.RateLedger;
import kz.registry.money.entity.ExchangeRate;
import kz.registry.money.entity.FixedRate;
import kz.registry.money.entity.PublishedRate;
import kz.registry.operations.boundary.PlannerStatistics;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.JobOutcomes;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * Finance officers bring official rates in: whole files, all or nothing; corrections of one
 * day's rate, kept beside the rate they correct; named fixed rates. Every import and correction
 * is audited.
 */
@Stateless
@RolesAllowed(Roles.FINANCE_OFFICER)
public class RateImports {

    static final String RATE_RECORD = "exchange-rate";

    @EJB
    IdempotentRequests idempotency;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    @Inject
    RateLedger ledger;

    @Inject
    ImportJobs jobs;

    @EJB
    RateDirectory directory;

    @EJB
    PlannerStatistics statistics;

    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Resource
    SessionContext session;

    /**
     * Imports a rate file in one transaction. A rate the registry already has unchanged is left; a
     * new day is added; a different figure for a known day becomes a new revision. Importing the
     * same file again changes nothing. A file with any bad line is refused whole, every bad line named.
     */
    public RateImportReport importFile(RateFileFormat format, InputStream file, String source) {
        List<PublishedRate> rates = RateFiles.read(format, file);
        statistics.afterLargeFile(rates.size(), List.of(PlannerStatistics.Grown.EXCHANGE_RATE));
        return ledger.importRates(rates, source, RateLedger.Progress.NONE);
    }

    /**
     * Reads a (large, multi-year) file now, so a bad one is refused at once, and imports it in the
     * background; answers with the job, whose progress {@link #job} reports. Runs as the caller,
     * all or nothing like any import.
     */
    public RateImportProgress startImport(RateFileFormat format, InputStream file, String source) {
        List<PublishedRate> rates = RateFiles.read(format, file);
        ImportJobs.ImportJob job = jobs.start(source, rates.size(), session.getCallerPrincipal().getName());
        session.getBusinessObject(RateImports.class).runImport(job, rates, source);
        return job.progress();
    }

    /** Runs a background import in a transaction of its own, with the starter's identity. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void runImport(ImportJobs.ImportJob job, List<PublishedRate> rates, String source) {
        try {
            RateImportReport report = ledger.importRates(rates, source, job);
            statistics.afterLargeFile(rates.size(), List.of(PlannerStatistics.Grown.EXCHANGE_RATE));
            job.finished(report);
            JobOutcomes.onRollback(transactions, job::rolledBack);
        } catch (RuntimeException e) {
            session.setRollbackOnly();
            job.failed(JobOutcomes.reason(job.id(), e));
        }
    }

    public RateImportProgress job(UUID id) {
        return jobs.find(id)
                .orElseThrow(() -> new UnknownRecordException("import", id));
    }

    /** Imports the new files of the operator's rate directory now (also polled every registry.rates.import-every-minutes). */
    public List<RateFileOutcome> importDirectory() {
        return directory.importNew();
    }

    /** Corrects the rate of one currency on one day: a new revision; the one it corrects stays, superseded. */
    public ExchangeRate correct(Currency currency, LocalDate day, BigDecimal rate, int quant, String reason,
                                int expectedRevision) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a correction must say why");
        }
        ExchangeRate current = em.createQuery("select r from ExchangeRate r where r.currency = :currency"
                        + " and r.rateDate = :day and r.supersededAt is null", ExchangeRate.class)
                .setParameter("currency", currency.getCurrencyCode()).setParameter("day", day)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownRecordException(RATE_RECORD, currency.getCurrencyCode() + "/" + day));
        if (current.revision() != expectedRevision) {
            throw ConflictException.staleVersion(RATE_RECORD, currency.getCurrencyCode() + "/" + day,
                    expectedRevision, current.revision());
        }
        if (rate == null || rate.signum() <= 0 || quant <= 0) {
            throw new InvalidInputException("rate", "the rate and its quant must be above zero");
        }
        String before = Snapshots.of(RateSnapshot.of(current));
        ExchangeRate correction = current.correctedBy(new PublishedRate(day, currency, rate, quant),
                "correction by a finance officer", clock.instant(), reason.strip());
        em.persist(correction);
        em.flush();
        audit.record(new AuditEvent(AuditAction.UPDATED, RATE_RECORD, currency.getCurrencyCode() + "/" + day, before,
                Snapshots.of(RateSnapshot.of(correction))));
        return correction;
    }

    /** Defines one currency's rate in a named fixed set (a report's rate, say). */
    public Created<FixedRate> defineFixedRate(RequestKey key, String name, Currency currency, BigDecimal kztPerUnit,
                                              String description) {
        return idempotency.once(key, FIXED_RATE_RECORD, () -> ledger.defineFixedRate(name, currency, kztPerUnit, description),
                FixedRate::id, id -> em.find(FixedRate.class, UUID.fromString(id)));
    }

    /** Corrects one currency's rate in a named fixed set: a new revision; the one it corrects stays, superseded. */
    public FixedRate correctFixedRate(String name, Currency currency, BigDecimal kztPerUnit, String reason,
                                      int expectedRevision) {
        return ledger.correctFixedRate(name, currency, kztPerUnit, reason, expectedRevision);
    }

    /** The idempotency keys' name for a fixed rate. */
    static final String FIXED_RATE_RECORD = "fixed-rate";

    /** A rate as the audit trail keeps it. */
    public record RateSnapshot(String currency, LocalDate day, int revision, String publishedRate, int quant,
                               String kztPerUnit, String source, String reason) {

        static RateSnapshot of(ExchangeRate rate) {
            return new RateSnapshot(rate.currency().getCurrencyCode(), rate.rateDate(), rate.revision(),
                    rate.publishedRate().toPlainString(), rate.quant(), rate.kztPerUnit().toPlainString(),
                    rate.source(), rate.correctionReason().orElse(null));
        }
    }
}
