package kz.registry.reporting.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * One published file, whole: its path in the publication (as in the zip and the address), what
 * it is, and a tag of its content (the first 16 bytes of its SHA-256) that changes exactly when
 * its content does.
 */
public record OpenDataFile(String path, String mediaType, String description, byte[] content, String tag) {

    public OpenDataFile {
        Objects.requireNonNull(path, "path");
        content = content.clone();
    }

    public static OpenDataFile of(String path, String mediaType, String description, byte[] content) {
        return new OpenDataFile(path, mediaType, description, content, tagOf(content));
    }

    public static OpenDataFile text(String path, String mediaType, String description, String text) {
        return of(path, mediaType, description, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    private static String tagOf(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
