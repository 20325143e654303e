package kz.registry.audit.entity;

import java.time.Instant;

/**
 * Which entries an auditor wants: every part optional. {@code from} is inclusive,
 * {@code to} exclusive.
 */
public record AuditQuery(String aggregateType, String aggregateId, String actor, Instant from, Instant to) {
}
