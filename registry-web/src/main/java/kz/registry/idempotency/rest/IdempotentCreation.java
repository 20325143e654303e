package kz.registry.idempotency.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.shared.ConflictException;
import kz.registry.shared.ReceivedFile;

/**
 * Creating requests with an {@code Idempotency-Key}: a retry answers with what the first
 * request made. When two requests with one key race, the database lets one commit and the
 * other fails as it writes the key; that one is run again, finds the winner's record and
 * answers with it.
 */
public final class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    /** Set on an answer that repeats an earlier request's result. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private IdempotentCreation() {
    }

    /** Records in a fixed form: every property, in the order of their names. */
    private static final Jsonb CANONICAL = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL).withNullValues(true));

    /**
     * The request's key, fingerprinted by what it asks: method, address and content, the content
     * canonical (a record as JSON with its properties in a fixed order; a file as its text), so
     * two requests share a fingerprint exactly when they ask the same.
     */
    public static RequestKey key(String header, String method, String path, Object content) {
        if (header == null) {
            return null;
        }
        String canonical = content instanceof String text ? text : CANONICAL.toJson(content);
        return RequestKey.of(header, fingerprinted(method, path) + canonical);
    }

    /**
     * The key of a request whose body was kept as a file: the file's digest is taken after
     * {@link #fingerprinted}, so it is the fingerprint the same body sent as text would have.
     */
    public static RequestKey key(String header, ReceivedFile body) {
        return header == null ? null : new RequestKey(header, body.digest());
    }

    /** What a request's fingerprint covers before its content: its method and address. */
    public static String fingerprinted(String method, String path) {
        return method + " " + path + "\n";
    }

    /** The answer to a creating request: the first one's, marked when it is a replay. */
    public static Response.ResponseBuilder answer(Response.ResponseBuilder response, Created<?> created) {
        return marked(response, created.replayed());
    }

    /** Marks an answer that repeats an earlier request's result. */
    public static jakarta.ws.rs.core.Response.ResponseBuilder marked(jakarta.ws.rs.core.Response.ResponseBuilder response,
                                                                    boolean replayed) {
        return replayed ? response.header(REPLAYED, "true") : response;
    }

    /**
     * Runs a keyed creation, once more if it lost a race: to a twin with the same key that
     * committed first (the key's unique row refused this one), or to a record the twin made
     * (this one's own check found it a duplicate). The second run finds the twin's key and answers
     * with its record; a real conflict fails the same way again.
     */
    public static <T> T run(RequestKey key, Supplier<T> create) {
        try {
            return create.get();
        } catch (EJBException | ConflictException lostRace) {
            if (key == null) {
                throw lostRace;
            }
            return create.get();
        }
    }
}
