package kz.registry.idempotency;

/**
 * What a creating request made, and whether this answer repeats an earlier request with the same
 * key (then nothing new was made).
 */
public record Created<T>(T record, boolean replayed) {
}
