package kz.registry.proceedings.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Loads the demo proceedings when the registry starts. The loader is a bean of its own that runs
 * as a court clerk named {@code system} ({@code @RunAs}, its principal in {@code
 * glassfish-ejb-jar.xml}): the server applies a run-as identity to business methods, not to a
 * singleton's start-up callback.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoProceedingsAtStartUp {

    @EJB
    DemoProceedings proceedings;

    @PostConstruct
    void load() {
        proceedings.load();
    }
}
