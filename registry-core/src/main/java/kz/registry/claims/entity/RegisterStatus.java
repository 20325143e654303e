package kz.registry.claims.entity;

/** Where a payment register stands: sent to the treasury for payment, then paid (once). */
public enum RegisterStatus {
    SENT,
    PAID
}
