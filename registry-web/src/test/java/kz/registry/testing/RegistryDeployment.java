package kz.registry.testing;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The registry as integration tests deploy it: the very WAR the build made, named ROOT.war so
 * Payara Micro serves it at the root context as in production.
 */
public final class RegistryDeployment {

    private RegistryDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("registry.war", "target/registry.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the integration tests through Maven (mvn verify).");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The server's root as a client on this machine reaches it. Arquillian may report the
     * host's external address; the tests talk to loopback only.
     */
    public static URI root(URL deployed) {
        return URI.create("http://localhost:" + deployed.getPort() + "/");
    }
}
