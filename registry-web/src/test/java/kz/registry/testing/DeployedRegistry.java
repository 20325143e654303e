package kz.registry.testing;

import java.net.URI;
import org.junit.jupiter.api.BeforeEach;

/**
 * A black-box test of the registry as deployed: the real WAR on Payara Micro, started once for
 * every test class of the run (see {@link SharedRegistry}), and an HTTP client pointed at it. The
 * classes share the server and its database, so each test makes the records it reads.
 */
public abstract class DeployedRegistry {

    /** The demo users' password, which failsafe gives the server (REGISTRY_DEMO_PASSWORD). */
    protected static final String DEMO_PASSWORD = System.getenv("REGISTRY_DEMO_PASSWORD");

    /** A client that has not signed in. */
    protected Http http;

    @BeforeEach
    void client() {
        http = new Http(root());
    }

    /** The server's root, as a client on this machine reaches it. */
    protected URI root() {
        return SharedRegistry.root();
    }

    /** A client signed in with HTTP Basic as one of the demo users: finance, clerk, auditor, admin. */
    protected Http as(String demoUser) {
        return http.withBasic(demoUser, DEMO_PASSWORD);
    }
}
