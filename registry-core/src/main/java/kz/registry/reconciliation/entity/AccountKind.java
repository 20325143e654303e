package kz.registry.reconciliation.entity;

/**
 * Which ledger an account at the bank is reconciled with. Stored by name.
 * {@code BUDGET}: the budget's payment account, against the budget's payments (a finance
 * officer's); {@code FUND}: the victims compensation fund's account, against the fund's entries
 * (a court clerk's).
 */
public enum AccountKind {
    BUDGET,
    FUND
}
