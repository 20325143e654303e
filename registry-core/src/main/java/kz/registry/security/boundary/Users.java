package kz.registry.security.boundary;

import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.shared.Roles;
import kz.registry.security.control.PasswordHashes;
import kz.registry.security.control.UserLookup;
import kz.registry.security.entity.RegistryUser;
import kz.registry.security.entity.UserSnapshot;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.UnknownRecordException;

/** The registry's users and their roles, managed by administrators. Every change is audited. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class Users {

    public static final String RECORD_TYPE = "user";

    @EJB
    IdempotentRequests idempotency;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    public Created<RegistryUser> create(RequestKey key, String username, String password, Set<String> roles) {
        return idempotency.once(key, RECORD_TYPE, () -> {
            String name = RegistryUser.checkedUsername(username);
            if (UserLookup.byUsername(em, name).isPresent()) {
                throw new ConflictException("A user named '" + name + "' already exists.");
            }
            RegistryUser user = new RegistryUser(name, hashes.hash(password), roles, clock.instant());
            em.persist(user);
            record(AuditAction.CREATED, user, null);
            return user;
        }, RegistryUser::id, id -> get(UUID.fromString(id)));
    }

    public Page<RegistryUser> list(PageRequest page) {
        List<RegistryUser> items = em.createQuery("select u from RegistryUser u order by "
                        + page.sort().jpql("u", List.of("username", "createdAt", "enabled"), "u.username"), RegistryUser.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = em.createQuery("select count(u) from RegistryUser u", Long.class).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public RegistryUser get(UUID id) {
        return Optional.ofNullable(em.find(RegistryUser.class, id))
                .orElseThrow(() -> new UnknownRecordException(RECORD_TYPE, id));
    }

    /** Restates a user's roles and whether they may sign in, if the caller saw the current version. */
    public RegistryUser revise(UUID id, long expectedVersion, Set<String> roles, boolean enabled) {
        RegistryUser user = current(id, expectedVersion);
        String before = Snapshots.of(UserSnapshot.of(user));
        boolean wasAdministering = administers(user);
        user.changeRoles(roles);
        user.enable(enabled);
        if (wasAdministering && !administers(user) && otherAdministrators(user) == 0) {
            // nobody would be left to manage users: the registry could only be mended in its database
            throw new BusinessRuleException("'" + user.username() + "' is the only administrator who may sign in:"
                    + " give another user the administrator role first, then change this one.");
        }
        em.flush();
        record(AuditAction.UPDATED, user, before);
        return user;
    }

    public RegistryUser changePassword(UUID id, long expectedVersion, String password) {
        RegistryUser user = current(id, expectedVersion);
        user.changePassword(hashes.hash(password));
        em.flush();
        // the states are the same: the entry says that the password changed, not what it is
        String state = Snapshots.of(UserSnapshot.of(user));
        audit.record(new AuditEvent(AuditAction.UPDATED, RECORD_TYPE, user.id().toString(), state, state));
        return user;
    }

    public RegistryUser unlock(UUID id) {
        RegistryUser user = get(id);
        String before = Snapshots.of(UserSnapshot.of(user));
        user.unlock();
        em.flush();
        record(AuditAction.UNLOCKED, user, before);
        return user;
    }

    private static boolean administers(RegistryUser user) {
        return user.enabled() && user.roles().contains(Roles.ADMINISTRATOR);
    }

    private long otherAdministrators(RegistryUser user) {
        return em.createQuery("select count(u) from RegistryUser u join u.roles r where r = :role and u.enabled = true"
                        + " and u.id <> :id", Long.class)
                .setParameter("role", Roles.ADMINISTRATOR).setParameter("id", user.id()).getSingleResult();
    }

    private RegistryUser current(UUID id, long expectedVersion) {
        RegistryUser user = get(id);
        if (user.version() != expectedVersion) {
            throw ConflictException.staleVersion(RECORD_TYPE, id, expectedVersion, user.version());
        }
        return user;
    }

    private void record(AuditAction action, RegistryUser user, String before) {
        audit.record(new AuditEvent(action, RECORD_TYPE, user.id().toString(), before,
                Snapshots.of(UserSnapshot.of(user))));
    }
}
