package kz.registry.budget.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Loads the demo shelters, then the demo budget, when the registry starts. The loaders are beans
 * of their own that run as a finance officer named {@code system} ({@code @RunAs}, its principal
 * in {@code glassfish-ejb-jar.xml}): the server applies a run-as identity to business methods, not
 * to a singleton's start-up callback.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoBudgetAtStartUp {

    @EJB
    DemoShelters shelters;

    @EJB
    DemoBudget budget;

    @PostConstruct
    void load() {
        shelters.load();
        budget.load();
    }
}
