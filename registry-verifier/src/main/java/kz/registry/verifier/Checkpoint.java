package kz.registry.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A signed statement of the audit log's state: its size, its root hash and when it was signed,
 * in the text form of a transparency log's checkpoint (a note: signed lines, a blank line, a
 * signature line naming the key):
 * <pre>
 * kz-registry audit log
 * 1234
 * 2Kfz...base64 root...=
 * 2026-11-30T12:00:00Z
 *
 * — kz-registry 6f1c2a... base64 signature
 * </pre>
 * The signature is SHA256withRSA over the four lines, each ending in a newline.
 */
public record Checkpoint(long size, byte[] root, Instant signedAt, String keyId, byte[] signature) {

    public static final String ORIGIN = "kz-registry audit log";
    static final String SIGNER = "— kz-registry ";
    static final String ALGORITHM = "SHA256withRSA";

    /** The signed lines. */
    public String body() {
        return ORIGIN + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n" + signedAt + "\n";
    }

    /** The note: its body, a blank line and its signature. */
    public String text() {
        return body() + "\n" + SIGNER + keyId + " " + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /** A checkpoint of this state, signed now with this key. */
    public static Checkpoint sign(long size, byte[] root, Instant signedAt, String keyId, PrivateKey key) {
        Checkpoint unsigned = new Checkpoint(size, root, signedAt, keyId, new byte[0]);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.body().getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(size, root, signedAt, keyId, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A checkpoint cannot be signed: " + e.getMessage(), e);
        }
    }

    /** Whether {@code key} signed this checkpoint's body. */
    public boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(body().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Reads a checkpoint's text, or says why it is not one. */
    public static Checkpoint parse(String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.size() < 6 || !lines.get(0).equals(ORIGIN) || !lines.get(4).isEmpty() || !lines.get(5).startsWith(SIGNER)) {
            throw new IllegalArgumentException("not a checkpoint of the registry's audit log");
        }
        try {
            String[] signed = lines.get(5).substring(SIGNER.length()).split(" ");
            if (signed.length != 2) {
                throw new IllegalArgumentException("its signature line is not '— kz-registry <key id> <signature>'");
            }
            return new Checkpoint(Long.parseLong(lines.get(1)), Base64.getDecoder().decode(lines.get(2)),
                    Instant.parse(lines.get(3)), signed[0], Base64.getDecoder().decode(signed[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a checkpoint line cannot be read: " + e.getMessage(), e);
        }
    }
}
