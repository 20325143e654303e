package kz.registry.audit;

import java.util.Objects;

/**
 * A change a boundary reports to the trail. The states are JSON made by the capability that
 * owns the record, from a snapshot that leaves personal data out; null where there is none
 * (no state before a creation).
 */
public record AuditEvent(AuditAction action, String aggregateType, String aggregateId, String before, String after) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }
}
