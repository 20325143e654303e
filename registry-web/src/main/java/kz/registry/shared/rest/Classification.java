package kz.registry.shared.rest;

import java.util.List;

/** What a failure means for the caller: its kind, the HTTP status, a detail and any failing fields. */
record Classification(ProblemKind kind, int status, String detail, List<Problem.FieldError> errors) {

    Classification(ProblemKind kind, String detail) {
        this(kind, kind.status(), detail, List.of());
    }

    boolean isServerError() {
        return status >= 500;
    }
}
