package kz.registry.audit;

import java.util.List;

/**
 * Changes just recorded in the audit trail, told in the transaction that makes them. Every
 * write is audited, so whoever keeps a view of some records (the report summaries) observes
 * this and misses no write, whichever path made it.
 */
public record Recorded(List<AuditEvent> events) {

    public Recorded {
        events = List.copyOf(events);
    }
}
