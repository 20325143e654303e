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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file a request sent, kept on disk while it is imported, so that it can be read more than once
 * and after the request has been answered without ever sitting in memory whole. It carries the
 * SHA-256 digest of what was sent, after a prefix that says where it was sent (an idempotency
 * key's fingerprint). Closing it deletes it; closing it twice does nothing.
 */
public final class ReceivedFile implements AutoCloseable {

    static final String PREFIX = "registry-upload-";
    static final String SUFFIX = ".part";
    /** Names this process's uploads by its process id, so a later start can tell whose were left behind. */
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*" + Pattern.quote(SUFFIX));
    private static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"));

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
            path = Files.createTempFile(FOLDER, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
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

    /**
     * Deletes the upload files that registry processes which are no longer running left behind (a
     * process killed mid-job); the files of running processes (other nodes on this machine) stay.
     * Answers how many were deleted.
     */
    public static int removeOrphans() {
        return removeOrphans(FOLDER);
    }

    static int removeOrphans(Path folder) {
        int removed = 0;
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // what cannot be listed or deleted now is tried at the next start
        }
        return removed;
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
