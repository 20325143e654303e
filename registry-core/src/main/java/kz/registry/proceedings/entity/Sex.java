package kz.registry.proceedings.entity;

/** As recorded in the proceeding. Stored by name. */
public enum Sex {
    FEMALE,
    MALE
}
