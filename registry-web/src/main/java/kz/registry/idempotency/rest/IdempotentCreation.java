package kz.registry.idempotency.rest;

import jakarta.ejb.EJBException;
import java.util.function.Supplier;
import kz.registry.idempotency.RequestKey;

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

    /** The request's key, fingerprinted by what it asks: method, path and content. */
    public static RequestKey key(String header, String method, String path, Object content) {
        return RequestKey.of(header, method + " " + path + "\n" + content);
    }

    /** Marks an answer that repeats an earlier request's result. */
    public static jakarta.ws.rs.core.Response.ResponseBuilder marked(jakarta.ws.rs.core.Response.ResponseBuilder response,
                                                                    boolean replayed) {
        return replayed ? response.header(REPLAYED, "true") : response;
    }

    public static <T> T run(RequestKey key, Supplier<T> create) {
        try {
            return create.get();
        } catch (EJBException lostRace) {
            if (key == null) {
                throw lostRace;
            }
            return create.get();
        }
    }
}
