package kz.registry.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file a request sent, kept on disk while it is imported, so that it can be read more than once
 * and after the request has been answered without ever sitting in memory whole. It carries the
 * SHA-256 digest of what was sent, after a prefix that says where it was sent (an idempotency
 * key's fingerprint). Closing it deletes it; closing it twice does nothing.
 */
public final class ReceivedFile implements AutoCloseable {

    private final Path path;
    private final String digest;

    private ReceivedFile(Path path, String digest) {
        this.path = path;
        this.digest = digest;
    }

    /**
     * Copies a request's body to a file of its own (the request's size bound applies as it is read).
     *
     * @param prefix text digested before the body, such as the method and address it was sent to
     */
    public static ReceivedFile of(InputStream body, String prefix) {
        Path path = null;
        try {
            path = Files.createTempFile("registry-upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(prefix.getBytes(StandardCharsets.UTF_8));
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), sha256)) {
                body.transferTo(out);
            }
            return new ReceivedFile(path, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            delete(path);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            delete(path);
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (RuntimeException e) {
            delete(path);
            throw e;
        }
    }

    /** The file's text from its start, as UTF-8 (what is not UTF-8 reads as the replacement character). */
    public Reader reader() {
        try {
            return new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256, in hex, of the prefix followed by the file. */
    public String digest() {
        return digest;
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
