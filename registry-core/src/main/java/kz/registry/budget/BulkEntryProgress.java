package kz.registry.budget;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A file posting in the background as its sender follows it: how many lines are through, and
 * how it ended (the batch it made, or why the whole file was refused, line by line).
 *
 * @param recordType what the file posts: allocation, commitment or payment
 */
public record BulkEntryProgress(UUID id, String recordType, Status status, int done, int lines, UUID batchId,
                                String failure, Map<String, String> lineErrors, Instant startedAt, String startedBy) {

    public enum Status { RUNNING, DONE, FAILED }

    public BulkEntryProgress {
        lineErrors = Map.copyOf(lineErrors);
    }
}
