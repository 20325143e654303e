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
import java.util.List;

/**
 * Tokens the registry must refuse, made the way an attacker or a stale script would: signed
 * with the registry's test key but expired, signed with another key, or not signed at all.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String signedWithTheRegistrysKey(String user, List<String> roles, Instant expires) {
        return signed(key("REGISTRY_JWT_PRIVATE_KEY_FILE", null), user, roles, expires);
    }

    public static String signedWithAnotherKey(String user, List<String> roles, Instant expires) {
        return signed(key(null, "src/test/resources/jwt/forger-private.pem"), user, roles, expires);
    }

    public static String unsigned(String user, List<String> roles, Instant expires) {
        return new PlainJWT(claims(user, roles, expires)).serialize();
    }

    private static String signed(PrivateKey key, String user, List<String> roles, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                    claims(user, roles, expires));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String user, List<String> roles, Instant expires) {
        return new JWTClaimsSet.Builder().issuer("kz-registry").subject(user).claim("upn", user)
                .claim("groups", roles).issueTime(Date.from(expires.minusSeconds(900)))
                .expirationTime(Date.from(expires)).jwtID(java.util.UUID.randomUUID().toString()).build();
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
