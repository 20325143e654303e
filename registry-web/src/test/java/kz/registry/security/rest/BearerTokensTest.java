package kz.registry.security.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token keys as nodes of a cluster hold them: from files, named in each token, rolled without cutting sessions. */
class BearerTokensTest {

    private static final Path KEY = Path.of("src/test/resources/jwt/test-private.pem");
    private static final Path PUBLIC = Path.of("src/test/resources/jwt/test-public.pem");
    private static final SignedIn CALLER = new SignedIn(UUID.randomUUID(), "finance", 3);

    @AfterEach
    void forgetTheSettings() {
        for (String key : new String[] {BearerTokens.PRIVATE_KEY_FILE, BearerTokens.PUBLIC_KEY_FILE,
                BearerTokens.PREVIOUS_PUBLIC_KEY_FILES, BearerTokens.DEMO}) {
            System.clearProperty(key);
        }
    }

    @Test
    void aTokenOneNodeIssuedIsTakenByAnotherWithTheSameKeyFiles() {
        BearerTokens first = tokens(KEY, PUBLIC, null);
        BearerTokens second = tokens(KEY, PUBLIC, null);

        BearerTokens.Verified verified = second.verify(first.issue(CALLER).token());

        assertThat(verified.ok()).as(verified.refusal()).isTrue();
        assertThat(verified.userId()).isEqualTo(CALLER.userId());
        assertThat(first.keyId()).isEqualTo(second.keyId()).hasSize(16);
    }

    @Test
    void aNewKeyIsRolledInWhileTheOldKeysTokensRunOut(@TempDir Path folder) throws Exception {
        BearerTokens old = tokens(KEY, PUBLIC, null);
        String oldToken = old.issue(CALLER).token();
        Path[] fresh = writeNewPair(folder);

        BearerTokens rolled = tokens(fresh[0], fresh[1], PUBLIC);
        BearerTokens.Verified stillTaken = rolled.verify(oldToken);
        BearerTokens.Verified newToken = rolled.verify(rolled.issue(CALLER).token());
        BearerTokens afterTheRoll = tokens(fresh[0], fresh[1], null);

        assertThat(rolled.keyId()).isNotEqualTo(old.keyId());
        assertThat(stillTaken.ok()).as(stillTaken.refusal()).isTrue();
        assertThat(newToken.ok()).as(newToken.refusal()).isTrue();
        assertThat(old.verify(rolled.issue(CALLER).token()).refusal())
                .isEqualTo("the token is not signed with a key the registry knows");
        assertThat(afterTheRoll.verify(oldToken).refusal())
                .isEqualTo("the token is not signed with a key the registry knows");
    }

    @Test
    void outsideDemoModeANodeWithoutTheKeyFilesRefusesToStart() {
        BearerTokens tokens = new BearerTokens();

        assertThatThrownBy(tokens::loadKeys).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Outside demo mode").hasMessageContaining("REGISTRY_JWT_PRIVATE_KEY_FILE");
    }

    @Test
    void inDemoModeANodeWithoutKeyFilesMakesItsOwnKey() {
        System.setProperty(BearerTokens.DEMO, "true");
        BearerTokens tokens = new BearerTokens();
        tokens.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        tokens.loadKeys();

        assertThat(tokens.verify(tokens.issue(CALLER).token()).ok()).isTrue();
        assertThat(tokens(KEY, PUBLIC, null).verify(tokens.issue(CALLER).token()).ok()).isFalse();
    }

    @Test
    void aPublicKeyThatIsNotThePrivateKeysHalfIsRefused(@TempDir Path folder) throws Exception {
        Path[] other = writeNewPair(folder);

        assertThatThrownBy(() -> tokens(KEY, other[1], null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the public half of");
    }

    private static BearerTokens tokens(Path privateKey, Path publicKey, Path previous) {
        System.setProperty(BearerTokens.PRIVATE_KEY_FILE, privateKey.toString());
        System.setProperty(BearerTokens.PUBLIC_KEY_FILE, publicKey.toString());
        if (previous == null) {
            System.clearProperty(BearerTokens.PREVIOUS_PUBLIC_KEY_FILES);
        } else {
            System.setProperty(BearerTokens.PREVIOUS_PUBLIC_KEY_FILES, previous.toString());
        }
        BearerTokens tokens = new BearerTokens();
        tokens.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        tokens.loadKeys();
        return tokens;
    }

    /** A new key pair as an operator makes one: PKCS#8 and X.509 PEM files. */
    private static Path[] writeNewPair(Path folder) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateFile = folder.resolve("new-private.pem");
        Path publicFile = folder.resolve("new-public.pem");
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return new Path[] {privateFile, publicFile};
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
