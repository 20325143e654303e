package kz.registry.shared.rest;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises, anywhere in a failure's causes, that the database could not serve the request:
 * it cannot be reached, refuses new connections, is read-only, or cut a statement off at its
 * time limit. None of these is the caller's fault, and a retry a moment later may succeed.
 * Judged by SQLState (standard and H2's own codes) and by the connection pool's own failures,
 * never by message text.
 */
public final class DatabaseFailures {

    /** What kind of database trouble a failure shows. */
    public enum Trouble { UNAVAILABLE, TIMED_OUT }

    /** SQLState class 08: connection exceptions (refused, broken, lost). */
    private static final String CONNECTION_CLASS = "08";
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", "57P02", "57P03", // PostgreSQL: administrator or crash shutdown, cannot connect now
            "53300",                   // PostgreSQL: too many connections
            "55000",                   // PostgreSQL: database not accepting connections (the registry runs no DDL at runtime)
            "25006",                   // read-only transaction: the database refuses writes
            "90097",                   // H2: the database is read-only
            "90098",                   // H2: the database has been closed
            "90067",                   // H2: the connection is broken
            "90135",                   // H2: the database is open in exclusive mode
            "90020");                  // H2: the database is in use elsewhere
    /** The statement ran past its time limit (cancelled), or waited too long for a lock. */
    private static final Set<String> TIMED_OUT_STATES = Set.of(
            "57014",                   // query cancelled (a statement timeout, both databases)
            "55P03",                   // PostgreSQL: lock not available
            "HYT00");                  // H2: timeout trying to lock a table or row

    private DatabaseFailures() {
    }

    public static Optional<Trouble> of(Throwable failure) {
        for (Throwable cause : FailureClassifier.causes(failure)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (TIMED_OUT_STATES.contains(state)) {
                    return Optional.of(Trouble.TIMED_OUT);
                }
                if (state.startsWith(CONNECTION_CLASS) || UNAVAILABLE_STATES.contains(state)) {
                    return Optional.of(Trouble.UNAVAILABLE);
                }
            }
            if (cause instanceof jakarta.resource.ResourceException || isPoolFailure(cause)) {
                return Optional.of(Trouble.UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    /** The server's connection pool failing to hand out a connection (its own exception type). */
    private static boolean isPoolFailure(Throwable cause) {
        return cause.getClass().getName().endsWith(".PoolingException");
    }
}
