package kz.registry.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box test of the registry as deployed: each subclass gets the real WAR on Payara Micro
 * (one start per test class, 10-20 s: keep the classes few) and an HTTP client pointed at it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedRegistry {

    @ArquillianResource
    URL deployed;

    /** The demo users' password, which failsafe gives the server (REGISTRY_DEMO_PASSWORD). */
    protected static final String DEMO_PASSWORD = System.getenv("REGISTRY_DEMO_PASSWORD");

    /** A client that has not signed in. */
    protected Http http;

    @Deployment(testable = false)
    public static WebArchive registry() {
        return RegistryDeployment.war();
    }

    @BeforeEach
    void client() {
        http = new Http(RegistryDeployment.root(deployed));
    }

    /** The server's root, as a client on this machine reaches it. */
    protected java.net.URI root() {
        return RegistryDeployment.root(deployed);
    }

    /** A client signed in with HTTP Basic as one of the demo users: finance, clerk, auditor, admin. */
    protected Http as(String demoUser) {
        return http.withBasic(demoUser, DEMO_PASSWORD);
    }
}
