package kz.registry.security.rest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import kz.registry.shared.Configuration;
import kz.registry.shared.PemFiles;
import kz.registry.verifier.Keys;

/**
 * The registry's own bearer tokens: short-lived, RS256-signed JWTs naming an account (its id in
 * {@code uid}, its name in {@code sub} and {@code upn}) and the credentials version they were
 * issued under ({@code cv}). They carry no roles: every request reads the account's current
 * standing (see {@code RegistryAuthentication}). The key pair comes from PEM files named by
 * {@code registry.jwt.private-key-file} and {@code registry.jwt.public-key-file}, the same on
 * every node, so a token one node issued is taken by all; each token names its key's id
 * ({@code kid}), and the public keys in {@code registry.jwt.previous-public-key-files} are still
 * taken, so a new key can be rolled in while the old one's tokens run out. Only in demo mode may
 * the files be missing: then the registry makes a key pair at start-up, and its tokens end with
 * the process; outside demo mode it refuses to start.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());
    static final String ISSUER = "kz-registry";
    static final String PRIVATE_KEY_FILE = "registry.jwt.private-key-file";
    static final String PUBLIC_KEY_FILE = "registry.jwt.public-key-file";
    static final String LIFETIME_MINUTES = "registry.jwt.lifetime-minutes";
    /** Public keys (PEM files, comma-separated) of earlier signing keys whose tokens are still taken: a key roll. */
    static final String PREVIOUS_PUBLIC_KEY_FILES = "registry.jwt.previous-public-key-files";
    static final String DEMO = "registry.demo";
    static final String USER_ID = "uid";
    static final String CREDENTIALS_VERSION = "cv";
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    @Inject
    Clock clock;

    private RSAPrivateKey privateKey;
    private RSAPublicKey publicKey;
    private Duration lifetime;
    private String keyId;
    /** Every key a token may be signed with, by key id: the current one and the previous ones. */
    private final Map<String, RSAPublicKey> verifiers = new HashMap<>();

    /** Reads the keys as the application starts, so a node without them refuses to start instead of failing later. */
    void atStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        keyId();
    }

    @PostConstruct
    void loadKeys() {
        lifetime = Duration.ofMinutes(Configuration.integer(LIFETIME_MINUTES, 15));
        Optional<String> privateFile = Configuration.value(PRIVATE_KEY_FILE);
        Optional<String> publicFile = Configuration.value(PUBLIC_KEY_FILE);
        try {
            if (privateFile.isPresent() && publicFile.isPresent()) {
                privateKey = PemFiles.privateKey(privateFile.get());
                publicKey = PemFiles.publicKey(publicFile.get());
                if (!PemFiles.publicHalf(privateKey).equals(publicKey)) {
                    throw new IllegalStateException(PUBLIC_KEY_FILE + " is not the public half of " + PRIVATE_KEY_FILE);
                }
            } else if (Configuration.flag(DEMO, false)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                privateKey = (RSAPrivateKey) pair.getPrivate();
                publicKey = (RSAPublicKey) pair.getPublic();
                LOG.warning("No registry.jwt.private-key-file and public-key-file: bearer tokens are signed with a key"
                        + " made at start-up and end when the registry stops (demo mode only).");
            } else {
                throw new IllegalStateException("Outside demo mode the registry needs the key its bearer tokens are"
                        + " signed with, the same on every node: set " + PRIVATE_KEY_FILE + " and " + PUBLIC_KEY_FILE
                        + " (REGISTRY_JWT_PRIVATE_KEY_FILE, REGISTRY_JWT_PUBLIC_KEY_FILE) to PEM files.");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The bearer token keys cannot be read: " + e.getMessage(), e);
        }
        keyId = Keys.id(publicKey);
        verifiers.put(keyId, publicKey);
        for (String file : Configuration.value(PREVIOUS_PUBLIC_KEY_FILES).map(files -> files.split(",")).orElse(new String[0])) {
            if (!file.isBlank()) {
                RSAPublicKey previous = PemFiles.publicKey(file.strip());
                verifiers.putIfAbsent(Keys.id(previous), previous);
            }
        }
    }

    /** The id of the key new tokens are signed with, in their {@code kid} header. */
    String keyId() {
        return keyId;
    }

    /** A signed token for a signed-in user, and when it expires. */
    public Token issue(SignedIn caller) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(caller.username())
                .claim("upn", caller.username())
                .claim(USER_ID, caller.userId().toString())
                .claim(CREDENTIALS_VERSION, caller.credentialsVersion())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId)
                .build(), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing a token failed", e);
        }
        return new Token(jwt.serialize(), expires);
    }

    /**
     * The account a token names, if the registry signed it, with RS256, and it has not expired;
     * else why not. Whether the account may still act is for its standing to say.
     */
    public Verified verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return Verified.refused("the token is not signed with RS256");
            }
            RSAPublicKey signedWith = jwt.getHeader().getKeyID() == null ? null : verifiers.get(jwt.getHeader().getKeyID());
            if (signedWith == null) {
                return Verified.refused("the token is not signed with a key the registry knows");
            }
            if (!jwt.verify(new RSASSAVerifier(signedWith))) {
                return Verified.refused("the token's signature is not the registry's");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            String userId = claims.getStringClaim(USER_ID);
            Long credentialsVersion = claims.getLongClaim(CREDENTIALS_VERSION);
            if (!ISSUER.equals(claims.getIssuer()) || expires == null || claims.getSubject() == null
                    || claims.getJWTID() == null || userId == null || credentialsVersion == null) {
                return Verified.refused("the token is not one the registry issues");
            }
            if (clock.instant().minus(CLOCK_SKEW).isAfter(expires.toInstant())) {
                return Verified.refused("the token expired at " + expires.toInstant() + ": ask POST /api/tokens for a new one");
            }
            return new Verified(UUID.fromString(userId), credentialsVersion, claims.getJWTID(), expires.toInstant(), null);
        } catch (ParseException | JOSEException | IllegalArgumentException | IllegalStateException e) {
            return Verified.refused("the token cannot be read");
        }
    }

    public record Token(String token, Instant expiresAt) {
    }

    /** The account a verified token names, the token's credentials version, id and end; or why it was refused. */
    public record Verified(UUID userId, long credentialsVersion, String tokenId, Instant expiresAt, String refusal) {

        static Verified refused(String reason) {
            return new Verified(null, 0, null, null, reason);
        }

        public boolean ok() {
            return refusal == null;
        }
    }
}
