/**
 * Audit: the registry's memory of every change, one an auditor can trust.
 * <p>
 * Owns the append-only audit trail: each entry says who (and in which roles), when, what action
 * on which record, the record's state before and after (never personal data) and the request's
 * correlation id, and holds the hash of the entry before it, so changing or removing any entry
 * breaks the chain. On PostgreSQL the database itself refuses updates and deletes.
 * Offers {@link kz.registry.audit.boundary.AuditTrail}, with the vocabulary of the package root
 * ({@link kz.registry.audit.AuditEvent}, {@link kz.registry.audit.AuditAction},
 * {@link kz.registry.audit.Snapshots}): every boundary records its changes in
 * the same transaction; auditors read entries and verify the chain.
 */
package kz.registry.audit;
