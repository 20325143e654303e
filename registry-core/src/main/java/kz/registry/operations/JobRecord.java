package kz.registry.operations;

import java.time.Instant;
import java.util.UUID;

/**
 * A background job as it stands, the same on every node: what it is ({@code kind}, and a
 * {@code detail} its capability chose), how far it got ({@code done} of {@code total}, and the
 * last mark it {@code reached}), and how it ended: the {@code outcome} its capability wrote (JSON)
 * or why it failed.
 */
public record JobRecord(UUID id, String kind, String detail, Status status, int done, int total, String reached,
                        String startedBy, Instant startedAt, String outcome, String failure) {

    public enum Status { RUNNING, DONE, FAILED }

    /** What a job reads as when the node running it stopped: it wrote nothing, being one transaction. */
    public static final String NODE_STOPPED = "The registry process running this job stopped before it finished;"
            + " nothing of it was written. Send it again (with the same idempotency key, if it had one).";
}
