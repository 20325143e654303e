package kz.registry.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that no rule could accept, found past the web layer's own validation: each entry
 * names a field (or a line of a file) and says what is wrong with it (HTTP 400).
 */
public final class InvalidInputException extends DomainException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors)); // in the order found
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
