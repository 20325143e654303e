/**
 * Audit: the registry's memory of every change, one an auditor can trust.
 * <p>
 * Owns the append-only audit trail: each entry says who (and in which roles), when, what action
 * on which record, the record's state before and after (never personal data) and the request's
 * correlation id. Entries are written without a shared lock and sealed, shortly after they
 * commit, into a transparency log (RFC 9162): an append-only Merkle tree with signed checkpoints,
 * inclusion and consistency proofs, so that changing, removing or reordering any entry, or
 * rewriting the history, is found. On PostgreSQL the database itself refuses updates and deletes.
 * Offers {@link kz.registry.audit.boundary.AuditTrail} (every boundary records its changes in the
 * same transaction; auditors read entries) with the vocabulary of the package root
 * ({@link kz.registry.audit.AuditEvent}, {@link kz.registry.audit.AuditAction},
 * {@link kz.registry.audit.Snapshots}), and {@link kz.registry.audit.boundary.AuditLog}
 * (checkpoints, proofs, verification), sealed by {@link kz.registry.audit.boundary.AuditSealer}.
 * The hashing, proofs and checkpoint format are the offline verifier's ({@code kz.registry.verifier}).
 */
package kz.registry.audit;
