package kz.registry.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The audit log's hashes, as RFC 9162 (Certificate Transparency 2.0, section 2.1.1) defines them:
 * a leaf is {@code SHA-256(0x00 || entry)}, an inner node {@code SHA-256(0x01 || left || right)}.
 * The prefixes keep a leaf from ever passing for a node.
 */
public final class LogHashes {

    public static final int SIZE = 32;

    private LogHashes() {
    }

    public static byte[] leaf(byte[] entry) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        return sha.digest(entry);
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    /** The root of the empty tree: the hash of nothing. */
    public static byte[] empty() {
        return sha256().digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
