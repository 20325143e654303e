package kz.registry.shared.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.registry.shared.DayRange;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.PageRequest;

/**
 * Reads query parameters with errors that name the parameter (400), where JAX-RS's own
 * conversion would answer a bad number with a bare 404.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static int integer(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, not '" + raw + "'");
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date as YYYY-MM-DD, not '" + raw + "'");
        }
    }

    /** Two dates (YYYY-MM-DD) as a list's days from the first to the last, either left open; a 400 when reversed. */
    public static DayRange days(String firstName, String first, String lastName, String last) {
        return DayRange.of(firstName, date(firstName, first), lastName, date(lastName, last));
    }

    /** A moment as ISO-8601 in UTC, such as 2026-01-31T00:00:00Z. */
    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a moment as 2026-01-31T00:00:00Z, not '" + raw + "'");
        }
    }

    /** An id filter: blank means no filter. */
    public static java.util.UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be an id such as 3f2b8c1e-..., not '" + raw + "'");
        }
    }

    /** A text filter: blank means no filter. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    public static PageRequest page(String offset, String limit) {
        return page(offset, limit, null);
    }

    /** A page from {@code offset}, {@code limit} and {@code sort} (fields, each optionally after a minus). */
    public static PageRequest page(String offset, String limit, String sort) {
        PageRequest first = PageRequest.first();
        return new PageRequest(integer("offset", offset, first.offset()), integer("limit", limit, first.limit()),
                kz.registry.shared.Sort.parse(sort));
    }
}
