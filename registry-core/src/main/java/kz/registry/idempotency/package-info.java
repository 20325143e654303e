/**
 * Idempotent creation. Owns the keys clients send with a creating request
 * ({@code Idempotency-Key}) and what each request created. Offers {@link
 * kz.registry.idempotency.RequestKey} and the boundary {@link
 * kz.registry.idempotency.boundary.IdempotentRequests}, which other capabilities' boundaries
 * call inside their own transaction so a retried request answers with the first result and
 * never makes a second record.
 */
package kz.registry.idempotency;
