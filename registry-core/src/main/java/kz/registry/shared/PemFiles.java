package kz.registry.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys from PEM files, as operators keep them: PKCS#8 private keys, X.509 public keys. */
public final class PemFiles {

    private PemFiles() {
    }

    public static RSAPrivateKey privateKey(String file) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key file " + file + " holds no RSA private key (PKCS#8 PEM)", e);
        }
    }

    public static RSAPublicKey publicKey(String file) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key file " + file + " holds no RSA public key (X.509 PEM)", e);
        }
    }

    /** The public half of a private key that carries it (every PKCS#8 RSA key does). */
    public static RSAPublicKey publicHalf(RSAPrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("The private key does not carry its public exponent");
        }
        try {
            BigInteger modulus = crt.getModulus();
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(modulus, crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The public half of an RSA key cannot be made", e);
        }
    }

    private static byte[] der(String file) {
        try {
            return Base64.getMimeDecoder().decode(Files.readString(Path.of(file)).replaceAll("-----[A-Z ]+-----", "").strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }
}
