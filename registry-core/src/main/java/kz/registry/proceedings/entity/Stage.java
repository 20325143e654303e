package kz.registry.proceedings.entity;

/** Where a criminal proceeding stands. Stored by name. */
public enum Stage {
    PRE_TRIAL_INVESTIGATION,
    IN_COURT,
    VERDICT,
    APPEAL,
    TERMINATED
}
