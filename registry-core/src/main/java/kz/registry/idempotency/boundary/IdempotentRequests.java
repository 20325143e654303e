package kz.registry.idempotency.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.entity.IdempotencyKey;
import kz.registry.shared.BusinessRuleException;

/**
 * Remembers what a keyed creating request made, in the creating transaction: the record and
 * its key commit together or not at all. Two concurrent requests with one key cannot both
 * commit (the key is the table's primary key); the loser is retried and finds the winner's.
 */
@Stateless
@PermitAll // called by other boundaries, which have checked the caller's role
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotentRequests {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /**
     * Makes a record once per key: the first request with a key runs {@code create} and keeps the
     * key with the record's key ({@code keyOf}); a retry with the key and the same content finds
     * the record ({@code find}) and answers with it, replayed, making nothing. The same key with
     * other content is refused (422): a client's mistake, which answering with the other
     * request's record would hide. Without a key, {@code create} simply runs.
     */
    public <T> Created<T> once(RequestKey key, String recordType, Supplier<T> create, Function<T, Object> keyOf,
                               Function<String, T> find) {
        Optional<String> earlier = earlierResult(key, recordType);
        if (earlier.isPresent()) {
            return new Created<>(find.apply(earlier.get()), true);
        }
        T made = create.get();
        remember(key, recordType, String.valueOf(keyOf.apply(made)));
        return new Created<>(made, false);
    }

    /** The key of the record an earlier request with this key made, if any (see {@link #once}). */
    public Optional<String> earlierResult(RequestKey key, String recordType) {
        if (key == null) {
            return Optional.empty();
        }
        IdempotencyKey earlier = em.find(IdempotencyKey.class, new IdempotencyKey.Key(caller(), key.key()));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.fingerprint().equals(key.fingerprint()) || !earlier.recordType().equals(recordType)) {
            throw new BusinessRuleException("Idempotency-Key '" + key.key() + "' was already used at "
                    + earlier.createdAt() + " for a different request (it made " + earlier.recordType() + " "
                    + earlier.recordKey() + "). Send a new key with a new request.");
        }
        return Optional.of(earlier.recordKey());
    }

    /** Keeps the key with what its request made; written at once so a concurrent twin fails here. */
    public void remember(RequestKey key, String recordType, String recordKey) {
        if (key == null) {
            return;
        }
        em.persist(new IdempotencyKey(caller(), key.key(), key.fingerprint(), recordType, recordKey, clock.instant()));
        em.flush();
    }

    private String caller() {
        return session.getCallerPrincipal() == null ? "anonymous" : session.getCallerPrincipal().getName();
    }
}
