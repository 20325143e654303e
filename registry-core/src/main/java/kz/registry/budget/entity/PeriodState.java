package kz.registry.budget.entity;

/** Whether a fiscal year accepts postings. Stored by name. */
public enum PeriodState {
    OPEN,
    CLOSED
}
