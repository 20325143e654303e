package kz.registry.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into a problem-details response. Internal errors are logged with their
 * stack trace and correlation id; the caller sees neither the trace nor the exception's text.
 */
public final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemResponses() {
    }

    /** The realm HTTP Basic clients are told to sign in to. */
    public static final String REALM = "registry";

    static Response of(Throwable failure, HttpServletRequest request) {
        boolean signedIn = request != null && request.getUserPrincipal() != null;
        Classification classification = FailureClassifier.classify(failure, signedIn);
        String correlationId = CorrelationIds.of(request);
        if (classification.isServerError()) {
            LOG.log(Level.SEVERE, "Internal error, correlation id " + correlationId, failure);
        } else {
            // the type of failure only: messages may quote what the caller sent
            LOG.fine(() -> "Refused with " + classification.status() + " (" + classification.kind()
                    + "), correlation id " + correlationId + ": " + failure.getClass().getName());
        }
        Response.ResponseBuilder response = Response.status(classification.status())
                .type(Problem.MEDIA_TYPE)
                .header(CorrelationIds.HEADER, correlationId)
                .entity(json(classification, request));
        if (classification.kind() == ProblemKind.UNAUTHORIZED) {
            response.header("WWW-Authenticate", challenge(request));
        }
        return response.build();
    }

    /** The problem details of a classified failure, as JSON. */
    static String json(Classification classification, HttpServletRequest request) {
        String instance = request == null ? null : request.getRequestURI();
        return JSONB.toJson(new Problem(classification.kind().type(), classification.kind().title(),
                classification.status(), classification.detail(), instance, CorrelationIds.of(request),
                classification.errors()));
    }

    /**
     * The schemes a refused caller may sign in with. The registry's own pages mark their calls
     * ({@code X-Requested-With}); they are offered Bearer only, since a Basic challenge would
     * make the browser open its own sign-in box over the page's form.
     */
    static String challenge(HttpServletRequest request) {
        String bearer = "Bearer realm=\"" + REALM + "\"";
        boolean fromPage = request != null && PAGE_MARK.equalsIgnoreCase(request.getHeader("X-Requested-With"));
        return fromPage ? bearer : "Basic realm=\"" + REALM + "\", " + bearer;
    }

    /** The value the registry's pages send in {@code X-Requested-With}. */
    static final String PAGE_MARK = "XMLHttpRequest";

    /**
     * Refuses a request before JAX-RS sees it (a wrong password, a bad token): the same problem
     * details, written straight to the servlet response.
     */
    public static void refuseSignIn(HttpServletRequest request, HttpServletResponse response, String detail)
            throws java.io.IOException {
        Classification refused = new Classification(ProblemKind.UNAUTHORIZED, detail);
        LOG.fine(() -> "Sign-in refused, correlation id " + CorrelationIds.of(request));
        response.setStatus(refused.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(CorrelationIds.HEADER, CorrelationIds.of(request));
        response.setHeader("WWW-Authenticate", challenge(request));
        response.getWriter().write(json(refused, request));
    }
}
