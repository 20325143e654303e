package kz.registry.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.shared.Roles;
import kz.registry.security.entity.RegistryUser;
import kz.registry.security.entity.UserSnapshot;
import kz.registry.shared.Configuration;

/**
 * Makes sure someone can sign in when the registry starts. In demo mode: one user per role
 * (finance, clerk, auditor, admin) with the password of {@code registry.demo.password}, or a
 * generated one printed with a warning. Otherwise: when no administrator exists yet, one named
 * {@code registry.admin.username} with the password of {@code registry.admin.password}; without
 * that password the registry refuses to start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialUsers {

    private static final Logger LOG = Logger.getLogger(InitialUsers.class.getName());

    public static final String DEMO = "registry.demo";
    public static final String DEMO_PASSWORD = "registry.demo.password";
    public static final String ADMIN_USERNAME = "registry.admin.username";
    public static final String ADMIN_PASSWORD = "registry.admin.password";

    static final Map<String, String> DEMO_USERS = demoUsers();

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    @PostConstruct
    void provide() {
        if (Configuration.flag(DEMO, false)) {
            provideDemoUsers();
        } else {
            provideFirstAdministrator();
        }
    }

    private void provideDemoUsers() {
        String configured = Configuration.value(DEMO_PASSWORD).orElse(null);
        String password = configured != null ? configured : generatedPassword();
        DEMO_USERS.forEach((username, role) -> setPassword(username, password, role));
        if (configured == null) {
            LOG.warning(() -> "DEMO MODE: the users " + DEMO_USERS.keySet() + " (one per role) sign in with the"
                    + " generated password " + password + " . Set REGISTRY_DEMO_PASSWORD to choose it."
                    + " Never run demo mode with real data.");
        } else {
            LOG.warning(() -> "DEMO MODE: the users " + DEMO_USERS.keySet()
                    + " (one per role) sign in with the password of REGISTRY_DEMO_PASSWORD. Never run demo mode with real data.");
        }
    }

    private void provideFirstAdministrator() {
        boolean administratorExists = em.createQuery(
                        "select count(u) from RegistryUser u join u.roles r where r = :role and u.enabled = true", Long.class)
                .setParameter("role", Roles.ADMINISTRATOR).getSingleResult() > 0;
        if (administratorExists) {
            return;
        }
        String password = Configuration.value(ADMIN_PASSWORD).orElseThrow(() -> new IllegalStateException(
                "The registry has no administrator yet: set REGISTRY_ADMIN_PASSWORD (at least "
                        + PasswordHashes.MIN_LENGTH + " characters) for the first one, or REGISTRY_DEMO=true for a demo."
                        + " The registry does not start without one."));
        String username = Configuration.value(ADMIN_USERNAME).orElse("admin");
        setPassword(username, password, Roles.ADMINISTRATOR);
        LOG.info(() -> "Created the first administrator, '" + username + "', with the password of REGISTRY_ADMIN_PASSWORD.");
    }

    /** Creates the user, or gives an existing one this password and role; audited as the system's act. */
    private void setPassword(String username, String password, String role) {
        String hash = hashes.hash(password);
        var existing = UserLookup.byUsername(em, username);
        if (existing.isEmpty()) {
            RegistryUser user = new RegistryUser(username, hash, Set.of(role), clock.instant());
            em.persist(user);
            audit.record(new AuditEvent(AuditAction.CREATED, "user", user.id().toString(), null,
                    Snapshots.of(UserSnapshot.of(user))));
            return;
        }
        RegistryUser user = existing.get();
        String before = Snapshots.of(UserSnapshot.of(user));
        user.changePassword(hash);
        user.changeRoles(Set.of(role));
        user.enable(true);
        user.unlock();
        audit.record(new AuditEvent(AuditAction.UPDATED, "user", user.id().toString(), before,
                Snapshots.of(UserSnapshot.of(user))));
    }

    private static String generatedPassword() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static Map<String, String> demoUsers() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("finance", Roles.FINANCE_OFFICER);
        users.put("clerk", Roles.COURT_CLERK);
        users.put("auditor", Roles.AUDITOR);
        users.put("admin", Roles.ADMINISTRATOR);
        return java.util.Collections.unmodifiableMap(users);
    }
}
