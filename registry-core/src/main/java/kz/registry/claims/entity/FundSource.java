package kz.registry.claims.entity;

/**
 * Where the fund's money comes from (the law's sources) and where it goes. Stored by name.
 */
public enum FundSource {
    /** Compulsory payments ordered on convicted persons, since 1 July 2018. */
    COMPULSORY_PAYMENT,
    PROCEDURAL_PENALTY,
    /** Deductions from correctional labour. */
    LABOUR_DEDUCTION,
    /** Recourse: amounts recovered from convicted persons after a payment. */
    RECOVERY,
    OTHER,
    /** Out: compensation paid to victims through a payment register. */
    VICTIM_PAYMENT;

    public boolean isInflow() {
        return this != VICTIM_PAYMENT;
    }
}
