package kz.registry.shared.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the API answers, with the registry's
 * extensions: the correlation id that finds the request in the log, and for invalid input
 * the failing fields.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
                      String correlationId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** An answer never repeats more of what a caller sent than this, in any one text. */
    static final int MAX_TEXT = 500;
    /** The most failing fields (or lines of a file) one answer lists; a last entry counts the rest. */
    static final int MAX_ERRORS = 100;

    public Problem {
        detail = bounded(detail);
        instance = bounded(instance);
        errors = errors == null || errors.isEmpty() ? null : boundedErrors(errors);
    }

    private static List<FieldError> boundedErrors(List<FieldError> errors) {
        List<FieldError> kept = new java.util.ArrayList<>();
        for (FieldError error : errors.subList(0, Math.min(errors.size(), MAX_ERRORS))) {
            kept.add(new FieldError(bounded(error.field()), bounded(error.message())));
        }
        if (errors.size() > MAX_ERRORS) {
            kept.add(new FieldError("more", (errors.size() - MAX_ERRORS) + " more not listed"));
        }
        return List.copyOf(kept);
    }

    /** A text cut to {@link #MAX_TEXT} characters, marked where it was cut. */
    static String bounded(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026";
    }

    public record FieldError(String field, String message) {
    }
}
