package kz.registry.proceedings.entity;

/** Which proceedings a list shows: by article (any part) and stage; null does not filter. */
public record ProceedingFilter(Integer article, Stage stage) {
}
