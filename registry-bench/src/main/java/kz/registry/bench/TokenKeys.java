package kz.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

/** The bearer tokens' key pair a registry outside demo mode needs: made for the run, as PEM files, named as settings. */
final class TokenKeys {

    private TokenKeys() {
    }

    /** Makes a new pair in {@code folder} and answers the environment that names it. */
    static Map<String, String> madeIn(Path folder) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(folder);
            Path privateFile = folder.resolve("jwt-private.pem");
            Path publicFile = folder.resolve("jwt-public.pem");
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return Map.of("REGISTRY_JWT_PRIVATE_KEY_FILE", privateFile.toString(),
                    "REGISTRY_JWT_PUBLIC_KEY_FILE", publicFile.toString());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime makes RSA keys", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
