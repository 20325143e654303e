package kz.registry.operations.control;

import java.util.concurrent.TimeUnit;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import kz.registry.shared.Configuration;

/**
 * What the registry asks of its JPA session before it serves: UUID columns bound with their
 * type ({@link UuidColumns}), and a time limit on every statement, so that a request waiting on
 * a lock or a slow query is cut off by the database, answered 503 and its thread freed, instead
 * of holding a thread for as long as the wait lasts ({@value #STATEMENT_TIMEOUT}, seconds;
 * default {@value #DEFAULT_TIMEOUT_SECONDS}). Exports stream: the limit applies to each statement's
 * execution, not to reading its rows.
 * <p>
 * A read that fails because the database went away is not tried again by the JPA provider (by
 * default it waits 5 s and tries again, up to three times, holding the request): the request is
 * answered 503 at once, and the client, or the balancer's next node, decides when to try again.
 */
public class SessionSetup implements SessionCustomizer {

    public static final String STATEMENT_TIMEOUT = "registry.db.statement-timeout-seconds";
    static final int DEFAULT_TIMEOUT_SECONDS = 60;

    @Override
    public void customize(Session session) {
        UuidColumns.type(session);
        session.getLogin().setQueryRetryAttemptCount(0);
        int seconds = Configuration.integer(STATEMENT_TIMEOUT, DEFAULT_TIMEOUT_SECONDS);
        if (seconds > 0) {
            session.setQueryTimeoutDefault(seconds);
            session.setQueryTimeoutUnitDefault(TimeUnit.SECONDS);
        }
    }
}
