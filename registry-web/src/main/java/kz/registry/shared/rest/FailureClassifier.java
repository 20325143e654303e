package kz.registry.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.DomainException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.UnknownRecordException;

/**
 * Decides what any failure means for the caller. The EJB container, JPA and the JAX-RS
 * runtime wrap failures in one another, so the cause chain is searched for the first failure
 * the caller can understand; anything else is an internal error whose details stay in the log.
 */
final class FailureClassifier {

    /** SQLState class 23: an integrity constraint (a unique key, say) refused the write. */
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";

    private FailureClassifier() {
    }

    static Classification classify(Throwable failure, boolean signedIn) {
        var trouble = DatabaseFailures.of(failure);
        if (trouble.isPresent()) {
            return databaseTrouble(trouble.get());
        }
        for (Throwable cause : causes(failure)) {
            if (cause instanceof EJBAccessException) {
                return denied(signedIn);
            }
            Classification known = classifyOne(cause);
            if (known != null) {
                return known;
            }
        }
        return internalError();
    }

    static Classification internalError() {
        return new Classification(ProblemKind.INTERNAL,
                "An unexpected error occurred. Quote the correlation id when you report it.");
    }

    private static Classification classifyOne(Throwable cause) {
        return switch (cause) {
            case DomainException domain -> domain(domain);
            case ConstraintViolationException invalid -> new Classification(ProblemKind.INVALID_INPUT,
                    ProblemKind.INVALID_INPUT.status(), "Correct the fields listed in errors.",
                    fieldErrors(invalid.getConstraintViolations()));
            case OptimisticLockException stale -> new Classification(ProblemKind.CONFLICT,
                    "Someone changed the record while you were changing it. Read it again and retry.");
            case JsonbException json -> whileReading(json) ? malformedBody() : null;
            case JsonException json -> whileReading(json) ? malformedBody() : null;
            case WebApplicationException web -> web(web);
            case RequestLimits.BodyTooLarge tooLarge -> new Classification(ProblemKind.PAYLOAD_TOO_LARGE,
                    RequestLimits.tooLarge(tooLarge.limit()));
            case SQLException sql when sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_CLASS) -> new Classification(
                    ProblemKind.CONFLICT, "The request conflicts with a record that already exists.");
            default -> null;
        };
    }

    /** The database could not serve the request: nothing was changed, and a retry soon may succeed (503). */
    static Classification databaseTrouble(DatabaseFailures.Trouble trouble) {
        return switch (trouble) {
            case UNAVAILABLE -> new Classification(ProblemKind.DATABASE_UNAVAILABLE,
                    "The registry cannot reach its database, or the database accepts no changes now. Nothing was"
                            + " changed. Try again in a moment.");
            case TIMED_OUT -> new Classification(ProblemKind.TIMED_OUT,
                    "The request took longer than the registry allows and was stopped. Nothing was changed."
                            + " Try again in a moment.");
        };
    }

    /** Nobody signed in is told to sign in (401); a signed-in caller in the wrong role is refused (403). */
    static Classification denied(boolean signedIn) {
        return signedIn
                ? new Classification(ProblemKind.FORBIDDEN, "None of your roles may do this.")
                : new Classification(ProblemKind.UNAUTHORIZED,
                        "Sign in: send your name and password with HTTP Basic, or a bearer token from POST /api/tokens.");
    }

    /**
     * Whether JSON failed while the request's body was read: only then is the body at fault. JSON
     * that fails anywhere else (writing the response, the registry's own audit snapshots) is the
     * registry's fault, an internal error.
     */
    static boolean whileReading(Throwable json) {
        return java.util.Arrays.stream(json.getStackTrace()).map(StackTraceElement::getMethodName)
                .anyMatch(method -> method.equals("readFrom") || method.equals("aroundReadFrom"));
    }

    private static Classification malformedBody() {
        return new Classification(ProblemKind.MALFORMED_BODY,
                "The body could not be read as JSON of the expected shape: check its syntax and field types.");
    }

    private static Classification domain(DomainException domain) {
        return switch (domain) {
            case UnknownRecordException unknown -> new Classification(ProblemKind.NOT_FOUND, unknown.getMessage());
            case ConflictException conflict -> new Classification(ProblemKind.CONFLICT, conflict.getMessage());
            case BusinessRuleException rule -> new Classification(ProblemKind.BUSINESS_RULE, rule.getMessage());
            case InvalidInputException invalid -> new Classification(ProblemKind.INVALID_INPUT,
                    ProblemKind.INVALID_INPUT.status(), "Correct the fields listed in errors.",
                    fieldErrors(invalid.fieldErrors()));
        };
    }

    private static Classification web(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (status == 400 && causes(web).stream().anyMatch(NoContentException.class::isInstance)) {
            return new Classification(ProblemKind.MALFORMED_BODY, "The request has no body: send the record as JSON.");
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        if (kind == ProblemKind.UNAUTHORIZED || kind == ProblemKind.FORBIDDEN) {
            // the runtime's messages describe its own machinery; only the registry's refusals say why in its words
            return new Classification(kind, status, web instanceof Refusal refusal ? refusal.getMessage()
                    : denied(kind == ProblemKind.FORBIDDEN).detail(), List.of());
        }
        String detail = switch (kind) {
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case NOT_ACCEPTABLE -> "Ask for application/json.";
            case BAD_REQUEST -> web.getCause() instanceof ProcessingException
                    ? "The request body could not be read." : "The request cannot be understood.";
            default -> kind == ProblemKind.INTERNAL ? "An unexpected error occurred." : web.getMessage();
        };
        return new Classification(kind, status, detail, List.of());
    }

    /** The failure and its causes, outermost first, each once; EJB exceptions name theirs separately. */
    static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Throwable current = failure;
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            Throwable next = current.getCause();
            if (next == null && current instanceof EJBException ejb) {
                next = ejb.getCausedByException();
            }
            if (next == null && current instanceof SQLException sql) {
                next = sql.getNextException();
            }
            if (next == null) {
                next = internalException(current);
            }
            current = next;
        }
        return chain;
    }

    /** EclipseLink's exceptions keep the JDBC failure they wrap apart from the standard cause. */
    private static Throwable internalException(Throwable failure) {
        try {
            var accessor = failure.getClass().getMethod("getInternalException");
            return accessor.invoke(failure) instanceof Throwable internal ? internal : null;
        } catch (ReflectiveOperationException | RuntimeException notEclipseLink) {
            return null;
        }
    }

    /** In the order the check found them: a file's bad lines stay in line order. */
    private static List<Problem.FieldError> fieldErrors(Map<String, String> errors) {
        return errors.entrySet().stream()
                .map(error -> new Problem.FieldError(error.getKey(), error.getValue()))
                .toList();
    }

    private static List<Problem.FieldError> fieldErrors(Set<ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    /**
     * The field a violation is about, as the client named it: a resource method's path reads
     * like {@code create.input.name}; the method and parameter are the server's business.
     * A violation of the whole body (a missing body, say) is about "body".
     */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> names.clear();
                default -> {
                    if (node.getName() != null) {
                        names.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
                    }
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
