package kz.registry.operations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import kz.registry.operations.JobRecord;
import kz.registry.operations.entity.BackgroundJob;

/**
 * Background jobs kept in the database, so that every node answers the same about a job, and a
 * job whose node died reads as failed instead of running forever. Progress is written in
 * transactions of its own (visible while the job's own transaction runs); the end is written in
 * the job's transaction, so a job reads done exactly when its writes committed.
 */
@Stateless
@PermitAll // the capabilities' boundaries call it for their own jobs, under their own roles; no request reaches it
public class BackgroundJobs {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    RegistryNodes nodes;

    @Inject
    Clock clock;

    /** Records a job about to run on this node; committed at once, so others see it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JobRecord start(String kind, String detail, int total, String startedBy) {
        BackgroundJob job = new BackgroundJob(UUID.randomUUID(), kind, detail, total, startedBy, clock.instant(),
                nodes.id());
        em.persist(job);
        return job.record(true);
    }

    /** How far a running job got, written at once; a job already ended is left as it is. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(UUID id, int done, String reached) {
        em.createQuery("update BackgroundJob j set j.done = :done, j.reached = :reached where j.id = :id"
                        + " and j.status = kz.registry.operations.JobRecord.Status.RUNNING")
                .setParameter("done", done).setParameter("reached", reached).setParameter("id", id).executeUpdate();
    }

    /** Ends a job as done, in the job's own transaction: it reads done only if that commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void finished(UUID id, String outcome) {
        em.createQuery("update BackgroundJob j set j.status = kz.registry.operations.JobRecord.Status.DONE,"
                        + " j.done = j.total, j.outcome = :outcome where j.id = :id")
                .setParameter("outcome", outcome).setParameter("id", id).executeUpdate();
    }

    /** Ends a job as failed, saying why (and, as JSON, what its capability adds), in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(UUID id, String why, String outcome) {
        em.createQuery("update BackgroundJob j set j.status = kz.registry.operations.JobRecord.Status.FAILED,"
                        + " j.done = 0, j.failure = :why, j.outcome = :outcome where j.id = :id")
                .setParameter("why", why).setParameter("outcome", outcome).setParameter("id", id).executeUpdate();
    }

    /** {@link #failed}, from a thread of its own: for a transaction's end, where no other transaction may begin. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failedLater(UUID id, String why) {
        failed(id, why, null);
    }

    /** The job of this kind with this id, as it stands; failed if its node died while it ran. */
    public Optional<JobRecord> find(String kind, UUID id) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job == null || !job.record(true).kind().equals(kind)) {
            return Optional.empty();
        }
        return Optional.of(job.record(nodes.alive(job.node())));
    }
}
