package kz.registry.security.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import kz.registry.security.entity.RegistryUser;
import kz.registry.shared.Roles;

/** Finds a user by the name they sign in with (exact, as names are case-sensitive). */
public final class UserLookup {

    private UserLookup() {
    }

    public static Optional<RegistryUser> byUsername(EntityManager em, String username) {
        if (username == null || Roles.isSystemName(username)) {
            return Optional.empty(); // the registry's own name signs nobody in, even if a user held it before it was reserved
        }
        return em.createQuery("select u from RegistryUser u where u.username = :name", RegistryUser.class)
                .setParameter("name", username.strip())
                .getResultStream().findFirst();
    }
}
