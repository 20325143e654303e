package kz.registry.operations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.registry.operations.JobRecord;
import kz.registry.shared.InstantColumns;

/** A background job as every node sees it: who started it where, how far it got, how it ended. */
@Entity
@Table(name = "background_job")
public class BackgroundJob {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(length = 300)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private JobRecord.Status status;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int total;

    @Column(length = 60)
    private String reached;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Convert(converter = InstantColumns.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false, length = 200)
    private String node;

    private String outcome;

    private String failure;

    protected BackgroundJob() {
        // for JPA
    }

    public BackgroundJob(UUID id, String kind, String detail, int total, String startedBy, Instant startedAt,
                         String node) {
        this.id = id;
        this.kind = kind;
        this.detail = detail;
        this.status = JobRecord.Status.RUNNING;
        this.total = total;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.node = node;
    }

    public String node() {
        return node;
    }

    /** The job as its owner reads it; {@code nodeAlive} says whether the node running it still answers. */
    public JobRecord record(boolean nodeAlive) {
        if (status == JobRecord.Status.RUNNING && !nodeAlive) {
            return new JobRecord(id, kind, detail, JobRecord.Status.FAILED, 0, total, reached, startedBy, startedAt,
                    null, JobRecord.NODE_STOPPED);
        }
        return new JobRecord(id, kind, detail, status, done, total, reached, startedBy, startedAt, outcome, failure);
    }
}
