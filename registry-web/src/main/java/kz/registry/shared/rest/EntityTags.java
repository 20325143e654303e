package kz.registry.shared.rest;

import jakarta.ws.rs.core.EntityTag;
import kz.registry.shared.InvalidInputException;

/**
 * A record's version as an HTTP entity tag. A change must send the tag it read in
 * {@code If-Match}, so no one overwrites a change they have not seen.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names; a missing header is refused with 428. */
    public static long versionFromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the ETag of the record as read, such as \"3\"");
        }
    }

    /** No If-Match on a change: HTTP 428, with a detail that says what to send. */
    public static final class PreconditionRequired extends jakarta.ws.rs.ClientErrorException {
        public PreconditionRequired() {
            super("Send If-Match with the ETag of the record as you read it.", 428);
        }
    }
}
