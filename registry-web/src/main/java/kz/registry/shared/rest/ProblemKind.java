package kz.registry.shared.rest;

import jakarta.ws.rs.core.Response;

/** The kinds of problem the API reports: each with its status, its type URI and its title. */
public enum ProblemKind {
    INVALID_INPUT(400, "invalid-input", "The request has invalid fields"),
    MALFORMED_BODY(400, "malformed-body", "The request body is not valid JSON for this resource"),
    BAD_REQUEST(400, "bad-request", "The request cannot be understood"),
    UNAUTHORIZED(401, "unauthorized", "Sign in first"),
    FORBIDDEN(403, "forbidden", "Your role may not do this"),
    TLS_REQUIRED(403, "tls-required", "Passwords are taken over HTTPS only"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The resource does not support this method"),
    NOT_ACCEPTABLE(406, "not-acceptable", "The resource cannot answer in the requested media type"),
    CONFLICT(409, "conflict", "The request conflicts with the current state of the record"),
    PRECONDITION_FAILED(412, "precondition-failed", "A precondition of the request does not hold"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is larger than the registry accepts"),
    URI_TOO_LONG(414, "uri-too-long", "The address is longer than the registry accepts"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The request body has a media type this resource does not accept"),
    BUSINESS_RULE(422, "business-rule", "A rule of the registry forbids this"),
    PRECONDITION_REQUIRED(428, "precondition-required", "The request must say which version it changes"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many failed sign-ins from your address"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request's headers are larger than the registry accepts"),
    OTHER_CLIENT_ERROR(400, "client-error", "The request was refused"),
    INTERNAL(500, "internal-error", "The registry failed to answer"),
    DATABASE_UNAVAILABLE(503, "database-unavailable", "The registry cannot reach its database right now"),
    TIMED_OUT(503, "timed-out", "The request took longer than the registry allows");

    private static final String TYPE_PREFIX = "urn:kz-registry:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    /** Whether a client should try again later: such answers carry {@code Retry-After}. */
    public boolean isTransient() {
        return this == DATABASE_UNAVAILABLE || this == TIMED_OUT || this == TOO_MANY_REQUESTS;
    }

    /** The kind for an HTTP error status the JAX-RS runtime raised itself. */
    static ProblemKind forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> PRECONDITION_REQUIRED;
            default -> Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR
                    ? OTHER_CLIENT_ERROR : INTERNAL;
        };
    }
}
