/** Idempotent creation over HTTP: the {@code Idempotency-Key} header and the retry of a lost race. */
package kz.registry.idempotency.rest;
