package kz.registry.audit;

/** What happened to a record. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
    CREATED,
    UPDATED,
    REVERSED,
    STATE_CHANGED,
    /** Someone read a person's protected data (a victim's identity, say): reading is itself on record. */
    PERSONAL_DATA_READ,
    /** Failed logins locked an account. */
    LOCKED,
    UNLOCKED,
    /** A person signed out: the bearer token they held is refused from then on. */
    SIGNED_OUT
}
