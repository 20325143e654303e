package kz.registry.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries a correlation id: the caller's {@value #HEADER} when it is a safe
 * token, else a new one. It is echoed in the response, written in problem details and in the
 * log, so an error a user reports can be found.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    private static final String ATTRIBUTE = CorrelationIds.class.getName();
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationIds() {
    }

    /** The request's correlation id, made on first use. */
    public static String of(HttpServletRequest request) {
        if (request == null) {
            return UUID.randomUUID().toString();
        }
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String offered = request.getHeader(HEADER);
        String id = offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
