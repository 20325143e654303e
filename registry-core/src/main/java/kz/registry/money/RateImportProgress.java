package kz.registry.money;

import java.time.Instant;
import java.util.UUID;

/** A background import of rates as its starter follows it: how far it got, and how it ended. */
public record RateImportProgress(UUID id, Status status, int done, int total, Integer lastYear, String source,
                                 String startedBy, Instant startedAt, RateImportReport report, String failure) {

    public enum Status { RUNNING, DONE, FAILED }
}
