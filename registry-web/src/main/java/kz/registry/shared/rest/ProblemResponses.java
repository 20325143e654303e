package kz.registry.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
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
        String language = Words.languageOf(request);
        if (classification.isServerError()) {
            LOG.log(Level.SEVERE, "Internal error, correlation id " + correlationId, failure);
        } else {
            // the type of failure only: messages may quote what the caller sent
            LOG.fine(() -> "Refused with " + classification.status() + " (" + classification.kind()
                    + "), correlation id " + correlationId + ": " + failure.getClass().getName());
        }
        Response.ResponseBuilder response = Response.status(classification.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, "Accept-Language")
                .header(CorrelationIds.HEADER, correlationId)
                .entity(json(classification, request, language));
        if (classification.kind() == ProblemKind.UNAUTHORIZED) {
            response.header("WWW-Authenticate", challenge(request));
        }
        if (classification.kind().isTransient()) {
            response.header(RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** How long a client should wait before trying again after a transient failure (a database outage). */
    static final String RETRY_AFTER = "Retry-After";
    static final int RETRY_AFTER_SECONDS = 5;

    /** The problem details of a classified failure, as JSON in the caller's language. */
    static String json(Classification classification, HttpServletRequest request, String language) {
        // an error page answers for the address that failed, not for itself
        Object failedAddress = request == null ? null : request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String instance = failedAddress instanceof String address ? address : request == null ? null : request.getRequestURI();
        Problem problem = new Problem(classification.kind().type(), classification.kind().title(),
                classification.status(), classification.detail(), instance, CorrelationIds.of(request),
                classification.errors());
        return JSONB.toJson(Words.inLanguage(problem, language));
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
        write(request, response, new Classification(ProblemKind.UNAUTHORIZED, detail), null);
    }

    /** Too many failed sign-ins from the caller's address: 429, and when to try again. */
    public static void refuseTooMany(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws java.io.IOException {
        write(request, response, new Classification(ProblemKind.TOO_MANY_REQUESTS,
                "Too many failed sign-ins came from your address. Wait " + retryAfterSeconds
                        + " seconds, then sign in again."), retryAfterSeconds);
    }

    /**
     * Answers a request whose credentials could not be checked because the database failed: 503
     * with Retry-After, never a 401 that blames the caller. Any other failure is an internal error.
     */
    public static void refuseUnchecked(HttpServletRequest request, HttpServletResponse response, RuntimeException failure)
            throws java.io.IOException {
        var trouble = DatabaseFailures.of(failure);
        if (trouble.isEmpty()) {
            LOG.log(Level.SEVERE, "Internal error while signing in, correlation id " + CorrelationIds.of(request), failure);
        }
        write(request, response, trouble.map(FailureClassifier::databaseTrouble).orElseGet(FailureClassifier::internalError),
                null);
    }

    /** Any classified failure as problem details, written straight to the servlet response. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemKind kind, String detail)
            throws java.io.IOException {
        write(request, response, new Classification(kind, detail), null);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Classification problem,
                              Long retryAfterSeconds) throws java.io.IOException {
        LOG.fine(() -> "Refused with " + problem.status() + " before the API, correlation id " + CorrelationIds.of(request));
        response.setStatus(problem.status());
        SecurityHeaders.apply(request, response);
        response.setContentType(Problem.MEDIA_TYPE);
        String language = Words.languageOf(request);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language);
        response.setHeader(HttpHeaders.VARY, "Accept-Language");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(CorrelationIds.HEADER, CorrelationIds.of(request));
        if (problem.kind() == ProblemKind.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", challenge(request));
        }
        if (problem.kind().isTransient()) {
            response.setHeader(RETRY_AFTER, String.valueOf(retryAfterSeconds != null ? retryAfterSeconds : RETRY_AFTER_SECONDS));
        }
        String body = json(problem, request, language);
        try {
            response.getWriter().write(body);
        } catch (IllegalStateException streamInUse) {
            // whatever failed had taken the response's stream already: write the same bytes through it
            response.getOutputStream().write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
