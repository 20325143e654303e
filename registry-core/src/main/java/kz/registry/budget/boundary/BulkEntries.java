package kz.registry.budget.boundary;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.budget.BulkEntryProgress;
import kz.registry.budget.control.BudgetCsv;
import kz.registry.budget.control.BudgetLedger;
import kz.registry.budget.control.BulkEntryJobs;
import kz.registry.budget.entity.Batch;
import kz.registry.budget.entity.BudgetEntry;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.Shelter;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Money;
import kz.registry.operations.boundary.PlannerStatistics;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.JobOutcomes;
import kz.registry.shared.ReceivedFile;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * Bulk entry: a CSV file of allocations, commitments or payments posted as one batch, all or
 * nothing, every bad line named. With an idempotency key a file sent again answers with the
 * first batch. A large file runs in the background with its progress to follow.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class BulkEntries {

    public static final String RECORD_TYPE = "budget-batch";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    BudgetLedger ledger;

    @Inject
    BulkEntryJobs jobs;

    @EJB
    AuditTrail audit;

    @EJB
    IdempotentRequests idempotency;

    @EJB
    PlannerStatistics statistics;

    @Inject
    Clock clock;

    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Resource
    SessionContext session;

    /** A batch: how many entries of which kind, and their sum per currency. */
    public record BatchSummary(Batch batch, Map<String, Money> totals, boolean replayed) {
    }

    /** Reads and posts a file now, in this request's transaction. The caller keeps the file and deletes it. */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public BatchSummary post(RequestKey key, EntryKind kind, ReceivedFile csv) {
        Optional<UUID> earlier = idempotency.earlierResult(key, type(kind)).map(UUID::fromString);
        if (earlier.isPresent()) {
            return summary(earlier.get(), true);
        }
        return summary(write(key, kind, csv, BudgetLedger.Progress.NONE), false);
    }

    /** A file posting in the background, or, for a key already used, the batch the key made. */
    public record Started(BulkEntryProgress job, BatchSummary earlier) {
    }

    /**
     * Counts a file's lines now (a malformed header is refused at once) and posts it in the
     * background. Once started, the job owns the file and deletes it when it ends; otherwise the
     * caller does.
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Started start(RequestKey key, EntryKind kind, ReceivedFile csv) {
        Optional<UUID> earlier = idempotency.earlierResult(key, type(kind)).map(UUID::fromString);
        if (earlier.isPresent()) {
            return new Started(null, summary(earlier.get(), true));
        }
        long lines;
        try (var read = lines(kind, csv).get()) {
            lines = read.count();
        }
        if (lines == 0) {
            throw new InvalidInputException("file", BudgetLedger.HEADER_ALONE);
        }
        BulkEntryJobs.Job job = jobs.start(kind, Math.toIntExact(lines), session.getCallerPrincipal().getName());
        session.getBusinessObject(BulkEntries.class).run(job, key, kind, csv);
        return new Started(job.progress(), null);
    }

    /** Posts a file in a transaction of its own, as the caller who sent it, and deletes the file. */
    @Asynchronous
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void run(BulkEntryJobs.Job job, RequestKey key, EntryKind kind, ReceivedFile csv) {
        try (csv) {
            job.finished(write(key, kind, csv, job));
            JobOutcomes.onRollback(transactions, job::rolledBack);
        } catch (InvalidInputException e) {
            session.setRollbackOnly();
            job.failed("The file was refused; nothing of it was posted.", e.fieldErrors());
        } catch (RuntimeException e) {
            session.setRollbackOnly();
            job.failed(JobOutcomes.reason(job.id(), e), Map.of());
        }
    }

    public BulkEntryProgress job(UUID id) {
        return jobs.find(id)
                .orElseThrow(() -> new UnknownRecordException("bulk entry job", id));
    }

    public BatchSummary batch(UUID id) {
        return summary(id, false);
    }

    /**
     * The file's lines, read afresh at each call; a shelter named in many lines is looked up
     * once.
     */
    private Supplier<Stream<BudgetLedger.Line>> lines(EntryKind kind, ReceivedFile csv) {
        Map<String, Optional<UUID>> shelters = new HashMap<>();
        return () -> BudgetCsv.lines(csv.reader(), kind,
                name -> shelters.computeIfAbsent(name, n -> Shelters.findByName(em, n).map(Shelter::id)));
    }

    private UUID write(RequestKey key, EntryKind kind, ReceivedFile csv, BudgetLedger.Progress progress) {
        Batch batch = new Batch(kind, clock.instant(), session.getCallerPrincipal().getName());
        em.persist(batch);
        em.flush();
        BudgetEntry.Stamp stamp = new BudgetEntry.Stamp(batch.postedAt(), batch.postedBy(), batch.id());
        int posted = ledger.postAll(lines(kind, csv), stamp, progress, chunk -> audit.recordAll(chunk.stream()
                .map(entry -> new AuditEvent(AuditAction.CREATED, entry.kind().recordType(), entry.id().toString(),
                        null, Snapshots.of(entry.snapshot())))
                .toList()));
        batch = em.find(Batch.class, batch.id()); // posting in chunks cleared the persistence context
        batch.counted(posted);
        audit.record(new AuditEvent(AuditAction.CREATED, RECORD_TYPE, batch.id().toString(), null,
                Snapshots.of(batch.snapshot())));
        idempotency.remember(key, type(kind), batch.id().toString());
        statistics.afterLargeFile(posted, List.of(PlannerStatistics.Grown.BUDGET_ENTRY,
                PlannerStatistics.Grown.AUDIT_ENTRY));
        return batch.id();
    }

    private BatchSummary summary(UUID id, boolean replayed) {
        Batch batch = em.find(Batch.class, id);
        if (batch == null) {
            throw new UnknownRecordException(RECORD_TYPE, id);
        }
        Map<String, Money> totals = new java.util.TreeMap<>();
        em.createQuery("select e.amount.currency, sum(e.amount.amount) from BudgetEntry e where e.batchId = :batch"
                        + " group by e.amount.currency", Object[].class)
                .setParameter("batch", id).getResultList()
                .forEach(row -> totals.put(((Currency) row[0]).getCurrencyCode(), Money.rounded((BigDecimal) row[1],
                        (Currency) row[0], RoundingMode.UNNECESSARY)));
        return new BatchSummary(batch, totals, replayed);
    }

    private static String type(EntryKind kind) {
        return kind.recordType() + "-batch";
    }
}
