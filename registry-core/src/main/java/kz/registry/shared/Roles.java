package kz.registry.shared;

import java.util.List;

/** The roles of the registry (docs/domain.md, "Who uses it"), as every boundary names them. */
public final class Roles {

    /** Records budget money; never sees victims' identities, never decides claims. */
    public static final String FINANCE_OFFICER = "finance-officer";
    /** Registers proceedings, victims and claims; never changes budget records. */
    public static final String COURT_CLERK = "court-clerk";
    /** Reads everything but identities; writes nothing. */
    public static final String AUDITOR = "auditor";
    /** Manages users and roles; records no money and no claims. */
    public static final String ADMINISTRATOR = "administrator";

    public static final List<String> ALL = List.of(FINANCE_OFFICER, COURT_CLERK, AUDITOR, ADMINISTRATOR);

    /**
     * The registry's own name, for what it does by itself: start-up tasks, the demo loaders
     * that run as a finance officer or a court clerk under this name, and the open data, which
     * reads the reports as an auditor ({@code glassfish-ejb-jar.xml}, {@code glassfish-web.xml}).
     * Never a user's name, in any case: the audit trail could not tell them apart, and the name
     * holds three roles.
     */
    public static final String SYSTEM = "system";

    public static boolean isSystemName(String name) {
        return name != null && name.strip().equalsIgnoreCase(SYSTEM);
    }

    private Roles() {
    }
}
