package kz.registry.shared;

/**
 * The request collides with the current state: a record changed since the caller read it,
 * or a record with the same identity already exists (HTTP 409).
 */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    /** The caller based a change on a version that is no longer the current one. */
    public static ConflictException staleVersion(String recordType, Object id, long expected, long current) {
        return new ConflictException(recordType + " " + id + " is at version " + current
                + ", not " + expected + ": someone changed it since you read it. Read it again and retry.");
    }
}
