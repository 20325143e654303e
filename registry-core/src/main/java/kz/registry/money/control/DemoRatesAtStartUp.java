package kz.registry.money.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Defines the demo's fixed rates when the registry starts. The loader is a bean of its own that
 * runs as a finance officer named {@code system} ({@code @RunAs}, its principal in {@code
 * glassfish-ejb-jar.xml}): the server applies a run-as identity to business methods, not to a
 * singleton's start-up callback.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoRatesAtStartUp {

    @EJB
    DemoRates rates;

    @PostConstruct
    void load() {
        rates.load();
    }
}
