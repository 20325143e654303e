/** Reconciliation with the bank over HTTP: {@code /api/bank-accounts}, {@code /api/bank-statements}, {@code /api/reconciliations}. */
package kz.registry.reconciliation.rest;
