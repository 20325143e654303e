package kz.registry.proceedings.entity;

/**
 * Which proceedings a list shows: by article (any part) and stage, and words in the registration
 * number or the prosecuting body; null does not filter.
 */
public record ProceedingFilter(Integer article, Stage stage, String words) {
}
