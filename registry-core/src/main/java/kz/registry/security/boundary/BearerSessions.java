package kz.registry.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.registry.security.entity.AccountStanding;

/**
 * The standing of the account a bearer token names, asked on every bearer request before anyone
 * is known: one round trip of primary-key reads (the user, its roles, the signed-out token).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BearerSessions {

    private static final String STANDING = """
            select u.username, u.enabled, u.locked_until, u.credentials_version, r.role,
                   (select count(*) from signed_out_token t where t.token_id = ?2)
            from registry_user u left join registry_user_role r on r.user_id = u.id
            where u.id = ?1""";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** The account with this id as it stands now, with whether the token with this id was signed out; empty if it is gone. */
    public Optional<AccountStanding> standing(UUID userId, String tokenId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STANDING).setParameter(1, userId).setParameter(2, tokenId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Set<String> roles = new TreeSet<>();
        for (Object[] row : rows) {
            if (row[4] != null) {
                roles.add((String) row[4]);
            }
        }
        return Optional.of(new AccountStanding((String) first[0], roles, Boolean.TRUE.equals(first[1]),
                instant(first[2]), ((Number) first[3]).longValue(), ((Number) first[5]).longValue() > 0));
    }

    /** A moment as the driver hands it over: PostgreSQL's driver gives a Timestamp, H2's an OffsetDateTime. */
    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime moment -> moment.toInstant();
            case Instant instant -> instant;
            default -> throw new IllegalStateException("a moment of type " + value.getClass().getName());
        };
    }
}
