package kz.registry.claims.entity;

/** Where recourse for a paid claim stands: open while money is owed to the fund, recovered once all is back. */
public enum RecoveryStatus {
    OPEN,
    RECOVERED
}
