package kz.registry.proceedings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import kz.registry.proceedings.entity.Identity;
import kz.registry.shared.Configuration;

/**
 * Encrypts identities at rest with AES-256-GCM: a fresh 12-byte nonce per value, the tag
 * checked on every read (a changed ciphertext fails, it never decrypts to something else).
 * The key comes from configuration: {@code registry.protection.key} (32 bytes, base64) or
 * {@code registry.protection.key-file}; in demo mode a missing key file ({@code data/protection.key}
 * by default) is made once. Outside demo mode, no key means no identity is stored or read.
 */
@ApplicationScoped
public class IdentityVault {

    private static final Logger LOG = Logger.getLogger(IdentityVault.class.getName());
    static final String KEY = "registry.protection.key";
    static final String KEY_FILE = "registry.protection.key-file";
    static final Path DEMO_KEY_FILE = Path.of("data", "protection.key");
    private static final String FORMAT = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    public IdentityVault() {
        // the key is read on first use
    }

    /** A vault with a given key: for tests. */
    public static IdentityVault withKey(byte[] key) {
        IdentityVault vault = new IdentityVault();
        vault.key = keyOf(key);
        return vault;
    }

    public String seal(Identity identity) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(json(identity).getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt an identity", e);
        }
    }

    public Identity open(String sealed) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new IllegalStateException("A protected identity is not in the vault's format");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
            return identity(new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // no detail: the message must not carry any of the data
            throw new IllegalStateException("A protected identity cannot be opened: wrong key or changed data");
        }
    }

    /**
     * A keyed digest of an identity (HMAC-SHA-256 under a key derived from the vault's own): the
     * same identity always gives the same digest, so a retried request can be recognised, but
     * nobody without the key can test the digest against a guessed name.
     */
    public String fingerprint(Identity identity) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(key());
            byte[] fingerprintKey = derive.doFinal("registry idempotency fingerprint v1".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(json(identity).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot fingerprint an identity", e);
        }
    }

    private static String json(Identity identity) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("fullName", identity.fullName());
        if (identity.idNumber() != null) {
            json.add("idNumber", identity.idNumber());
        }
        if (identity.birthDate() != null) {
            json.add("birthDate", identity.birthDate().toString());
        }
        if (identity.bankAccount() != null) {
            json.add("bankAccount", identity.bankAccount());
        }
        if (identity.bankName() != null) {
            json.add("bankName", identity.bankName());
        }
        return json.build().toString();
    }

    private static Identity identity(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new Identity(json.getString("fullName"), json.getString("idNumber", null),
                    json.containsKey("birthDate") ? LocalDate.parse(json.getString("birthDate")) : null,
                    json.getString("bankAccount", null), json.getString("bankName", null));
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = keyOf(Base64.getDecoder().decode(configuredKey().strip()));
                }
            }
        }
        return key;
    }

    private static String configuredKey() {
        var inline = Configuration.value(KEY);
        if (inline.isPresent()) {
            return inline.get();
        }
        Path file = Configuration.value(KEY_FILE).map(Path::of).orElse(DEMO_KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            if (!Configuration.flag("registry.demo", false)) {
                throw new IllegalStateException("Identities are stored encrypted: set REGISTRY_PROTECTION_KEY"
                        + " (32 random bytes, base64) or REGISTRY_PROTECTION_KEY_FILE (a file holding them).");
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file stays with the directory's permissions
            }
            LOG.warning(() -> "Demo mode: made a new identity key in " + file.toAbsolutePath()
                    + "; outside demo mode configure registry.protection.key or registry.protection.key-file.");
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the identity key", e);
        }
    }

    private static SecretKeySpec keyOf(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalStateException("The identity key must be 32 bytes (AES-256), base64 encoded; it is "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
