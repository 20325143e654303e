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

    /**
     * The version an {@code If-Match} header names: exactly one strong tag, quoted, as the ETag
     * was read ({@code "3"}). A missing header is refused with 428; a weak tag ({@code W/"3"})
     * never matches under If-Match's strong comparison, so it is refused with 412; anything else
     * (a bare {@code 3}, a list, {@code *}) is not a tag the registry gave, and is refused with 400.
     */
    public static long versionFromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            throw new WeakTag();
        }
        if (tag.length() < 3 || tag.length() > 22 || !tag.startsWith("\"") || !tag.endsWith("\"")
                || !tag.substring(1, tag.length() - 1).chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("If-Match", "must be the ETag of the record as read, quoted, such as \"3\"");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the ETag of the record as read, quoted, such as \"3\"");
        }
    }

    /** A weak tag in If-Match: HTTP 412, since If-Match compares strongly and a weak tag never matches. */
    public static final class WeakTag extends jakarta.ws.rs.ClientErrorException {
        public WeakTag() {
            super("If-Match compares tags strongly: send the ETag as read, such as \"3\", not a weak W/ tag.", 412);
        }
    }

    /** No If-Match on a change: HTTP 428, with a detail that says what to send. */
    public static final class PreconditionRequired extends jakarta.ws.rs.ClientErrorException {
        public PreconditionRequired() {
            super("Send If-Match with the ETag of the record as you read it.", 428);
        }
    }
}
