package kz.registry.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import kz.registry.testing.Http;
import kz.registry.testing.StandaloneRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry as production runs it: outside demo mode, on Payara Micro's own TLS with a key
 * store the operator configures (README, "HTTPS"). A password is taken over HTTPS only; over
 * plain HTTP it is refused without being checked; answers over TLS tell browsers to keep to it.
 */
class TlsDeploymentIT {

    private static final Path FOLDER = Path.of("target", "tls-deployment").toAbsolutePath();
    private static final String STORE_PASSWORD = "tls-test-store-password";
    private static final String ADMIN_PASSWORD = "tls-test-admin-password";
    private static StandaloneRegistry registry;
    private static Http plain;
    private static Http tls;

    @BeforeAll
    static void startTheRegistryOnTls() throws Exception {
        Path store = FOLDER.resolve("registry.p12");
        Files.createDirectories(FOLDER);
        Files.deleteIfExists(store);
        // a test key pair and certificate for localhost, made as an operator would with the JDK's keytool
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "registry", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        registry = StandaloneRegistry.start(FOLDER, Map.of(
                        "REGISTRY_DEMO", "false",
                        "REGISTRY_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "REGISTRY_DB_CLASS", "org.h2.jdbcx.JdbcDataSource",
                        "REGISTRY_DB_URL", "jdbc:h2:file:" + FOLDER.resolve("data/registry"),
                        "REGISTRY_PROTECTION_KEY", Base64.getEncoder().encodeToString(new byte[32]),
                        // outside demo mode the token keys are required (the shared test keys)
                        "REGISTRY_JWT_PRIVATE_KEY_FILE", System.getenv("REGISTRY_JWT_PRIVATE_KEY_FILE"),
                        "REGISTRY_JWT_PUBLIC_KEY_FILE", System.getenv("REGISTRY_JWT_PUBLIC_KEY_FILE")),
                List.of("-Djavax.net.ssl.keyStore=" + store, "-Djavax.net.ssl.keyStorePassword=" + STORE_PASSWORD,
                        "-Djavax.net.ssl.keyStoreType=PKCS12"),
                List.of("--sslcert", "registry"));
        plain = new Http(registry.http());
        tls = Http.overTls(registry.https(), trusting(store));
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void aPasswordOverPlainHttpIsRefusedUncheckedAndUncounted() {
        for (int attempt = 0; attempt < 7; attempt++) {
            Http.Reply refused = plain.withBasic("admin", "a-wrong-password-" + attempt).get("api/users");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("type")).isEqualTo("urn:kz-registry:problem:tls-required");
            assertThat(refused.json().getString("detail")).contains("https://");
        }
        // the right password over plain HTTP is refused the same way: it is never even checked
        assertThat(plain.withBasic("admin", ADMIN_PASSWORD).get("api/users").status()).isEqualTo(403);

        // over TLS the administrator signs in: none of the refusals above counted towards a lock
        Http.Reply signedIn = tls.withBasic("admin", ADMIN_PASSWORD).get("api/users");
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
    }

    @Test
    void answersOverTlsTellBrowsersToKeepToIt() {
        Http.Reply overTls = tls.withBasic("admin", ADMIN_PASSWORD).get("api/users");
        assertThat(overTls.header("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).startsWith("max-age="));
        assertThat(tls.get("").header("Strict-Transport-Security")).isPresent();
        assertThat(plain.get("api/info").header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aTokenTakenOverTlsActsForItsHolder() {
        String token = tls.withBasic("admin", ADMIN_PASSWORD).post("api/tokens", null, null).json().getString("token");

        assertThat(tls.withToken(token).get("api/users").status()).isEqualTo(200);
    }

    private static SSLContext trusting(Path store) throws Exception {
        KeyStore certificates = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            certificates.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(certificates);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
