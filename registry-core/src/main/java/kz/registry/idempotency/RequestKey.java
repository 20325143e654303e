package kz.registry.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kz.registry.shared.InvalidInputException;

/**
 * A client's key for one creating request, with the fingerprint of what the request asked
 * (a hash of its method, path and content): the same key with other content is a mistake,
 * not a retry.
 */
public record RequestKey(String key, String fingerprint) {

    public static final int MAX_LENGTH = 200;

    public RequestKey {
        if (key == null || key.isBlank() || key.strip().length() > MAX_LENGTH
                || !key.strip().chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to " + MAX_LENGTH
                    + " visible ASCII characters, such as a UUID");
        }
        key = key.strip();
    }

    /** The key of a request, or null when the client sent none. */
    public static RequestKey of(String key, String what) {
        return key == null ? null : new RequestKey(key, fingerprint(what));
    }

    public static String fingerprint(String what) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(what.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
