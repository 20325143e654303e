package kz.registry.security.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import kz.registry.security.entity.RegistryUser;

/** Finds a user by the name they sign in with (exact, as names are case-sensitive). */
public final class UserLookup {

    private UserLookup() {
    }

    public static Optional<RegistryUser> byUsername(EntityManager em, String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from RegistryUser u where u.username = :name", RegistryUser.class)
                .setParameter("name", username.strip())
                .getResultStream().findFirst();
    }
}
