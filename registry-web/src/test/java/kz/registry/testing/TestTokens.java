package kz.registry.testing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Tokens the registry must refuse, made the way an attacker or a stale script would from a token
 * the registry issued: signed with the registry's test key but expired, signed with another key,
 * or not signed at all.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** The claims of a token the registry issued, with another expiry and a new id, signed with the registry's key. */
    public static String signedWithTheRegistrysKey(String issued, Instant expires) {
        return signed(key("REGISTRY_JWT_PRIVATE_KEY_FILE", null), issued, claims(issued, expires));
    }

    /** Signed with a key the registry does not know, naming the registry's key id, as a forger would. */
    public static String signedWithAnotherKey(String issued, Instant expires) {
        return signed(key(null, "src/test/resources/jwt/forger-private.pem"), issued, claims(issued, expires));
    }

    public static String unsigned(String issued, Instant expires) {
        return new PlainJWT(claims(issued, expires)).serialize();
    }

    /** The claims of a token the registry issued, less {@code claim}: a token the registry's key signed, yet not one it issues. */
    public static String signedWithTheRegistrysKeyWithout(String issued, String claim, Instant expires) {
        return signed(key("REGISTRY_JWT_PRIVATE_KEY_FILE", null), issued,
                new JWTClaimsSet.Builder(claims(issued, expires)).claim(claim, null).build());
    }

    /** Signed with {@code key}, naming the key id the {@code issued} token names. */
    private static String signed(PrivateKey key, String issued, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(SignedJWT.parse(issued).getHeader().getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException | java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String issued, Instant expires) {
        try {
            return new JWTClaimsSet.Builder(SignedJWT.parse(issued).getJWTClaimsSet())
                    .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires))
                    .jwtID(java.util.UUID.randomUUID().toString()).build();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey key(String environmentVariable, String fallbackFile) {
        String file = environmentVariable == null ? fallbackFile : System.getenv(environmentVariable);
        try {
            String pem = Files.readString(Path.of(file)).replaceAll("-----[A-Z ]+-----", "").strip();
            return KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
