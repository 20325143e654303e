/**
 * Reconciliation with the bank: the registry's accounts at the bank, the statements the bank sends
 * for them (ISO 20022 camt.053, or a plain CSV form), each statement line matched to the ledger's
 * entries (the budget's payments, the fund's entries), and a reconciliation per account and
 * month that an officer resolves and signs off. The ledgers are read as the reports read them;
 * nothing here changes a ledger.
 */
package kz.registry.reconciliation;
