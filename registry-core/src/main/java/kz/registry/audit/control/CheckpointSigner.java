package kz.registry.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import kz.registry.shared.Configuration;
import kz.registry.shared.PemFiles;
import kz.registry.verifier.Checkpoint;
import kz.registry.verifier.Keys;

/**
 * The key that signs the audit log's checkpoints: an RSA key, like the bearer tokens', from
 * {@code registry.audit.signing-key-file} (PKCS#8 PEM), else the tokens' own
 * ({@code registry.jwt.private-key-file}). Without either the registry makes one at start-up and
 * warns: its checkpoints stay verifiable (every key's public half is kept with them), but a key
 * that ends with the process proves less than an operator's kept key.
 */
@ApplicationScoped
public class CheckpointSigner {

    public static final String KEY_FILE = "registry.audit.signing-key-file";
    static final String TOKEN_KEY_FILE = "registry.jwt.private-key-file";
    private static final Logger LOG = Logger.getLogger(CheckpointSigner.class.getName());

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private String keyId;

    @PostConstruct
    void loadKey() {
        Optional<String> file = Configuration.value(KEY_FILE).or(() -> Configuration.value(TOKEN_KEY_FILE));
        if (file.isPresent()) {
            RSAPrivateKey key = PemFiles.privateKey(file.get());
            privateKey = key;
            publicKey = PemFiles.publicHalf(key);
        } else {
            try {
                KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                rsa.initialize(2048);
                var pair = rsa.generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("No RSA key can be made to sign the audit log", e);
            }
            LOG.warning("No registry.audit.signing-key-file (nor registry.jwt.private-key-file): the audit log's"
                    + " checkpoints are signed with a key made at start-up. Configure a kept key in production.");
        }
        keyId = Keys.id(publicKey);
    }

    public Checkpoint sign(long size, byte[] root, Instant at) {
        return Checkpoint.sign(size, root, at, keyId, privateKey);
    }

    public String keyId() {
        return keyId;
    }

    /** The public half, as published: PEM. */
    public String publicKeyPem() {
        return Keys.pem(publicKey);
    }
}
