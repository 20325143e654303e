package kz.registry.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into a problem-details response. Internal errors are logged with their
 * stack trace and correlation id; the caller sees neither the trace nor the exception's text.
 */
final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemResponses() {
    }

    static Response of(Throwable failure, HttpServletRequest request) {
        Classification classification = FailureClassifier.classify(failure);
        String correlationId = CorrelationIds.of(request);
        String instance = request == null ? null : request.getRequestURI();
        if (classification.isServerError()) {
            LOG.log(Level.SEVERE, "Internal error, correlation id " + correlationId, failure);
        } else {
            // the type of failure only: messages may quote what the caller sent
            LOG.fine(() -> "Refused with " + classification.status() + " (" + classification.kind()
                    + "), correlation id " + correlationId + ": " + failure.getClass().getName());
        }
        Problem problem = new Problem(classification.kind().type(), classification.kind().title(),
                classification.status(), classification.detail(), instance, correlationId, classification.errors());
        return Response.status(classification.status())
                .type(Problem.MEDIA_TYPE)
                .header(CorrelationIds.HEADER, correlationId)
                .entity(JSONB.toJson(problem))
                .build();
    }
}
