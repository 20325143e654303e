package kz.registry.claims.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Loads the demo claims once the demo proceedings are in, when the registry starts. The loader is
 * a bean of its own that runs as a court clerk named {@code system} ({@code @RunAs}, its principal
 * in {@code glassfish-ejb-jar.xml}): the server applies a run-as identity to business methods, not
 * to a singleton's start-up callback.
 */
@Singleton
@Startup
@DependsOn("DemoProceedingsAtStartUp")
public class DemoClaimsAtStartUp {

    @EJB
    DemoClaims claims;

    @PostConstruct
    void load() {
        claims.load();
    }
}
