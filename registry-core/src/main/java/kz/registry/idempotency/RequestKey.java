package kz.registry.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kz.registry.shared.InvalidInputException;

/**
 * A client's key for one creating request, with the fingerprint of what the request asked: a
 * SHA-256 digest of its method, address and canonical content. The same key with other content
 * is a mistake, not a retry. Personal data never enters the fingerprint as itself: its owner adds
 * a keyed digest of it ({@link #including}), so the stored fingerprint cannot be tested against
 * guessed names.
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

    /** The key of a request, or null when the client sent none; {@code canonical} is the request's whole content. */
    public static RequestKey of(String key, String canonical) {
        return key == null ? null : new RequestKey(key, digest(canonical));
    }

    /** The same key, its fingerprint extended by a digest of content kept out of the first one (a keyed digest of an identity). */
    public RequestKey including(String digestOfMore) {
        return new RequestKey(key, digest(fingerprint + "\n" + digestOfMore));
    }

    public static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
