package kz.registry.budget.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.registry.shared.InvalidInputException;

/**
 * Whom an allocation funds: exactly one of a shelter (by id), a criminal investigation (by its
 * case number; the proceedings capability will own investigations, until then the number is
 * enough) or another recipient named in words (a hotline operator, say).
 */
public record Target(UUID shelterId, String caseNumber, String recipient) {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/.-]{0,39}");
    public static final int RECIPIENT_LENGTH = 200;
    public static final Target NONE = new Target(null, null, null);

    public Target {
        caseNumber = blankToNull(caseNumber);
        recipient = blankToNull(recipient);
        Map<String, String> errors = new HashMap<>();
        if (caseNumber != null && !CASE_NUMBER.matcher(caseNumber).matches()) {
            errors.put("caseNumber", "a case number is 1-40 letters, digits, '/', '.' or '-', not '" + caseNumber + "'");
        }
        if (recipient != null && recipient.length() > RECIPIENT_LENGTH) {
            errors.put("recipient", "at most " + RECIPIENT_LENGTH + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static Target shelter(UUID id) {
        return new Target(id, null, null);
    }

    public static Target investigation(String caseNumber) {
        return new Target(null, caseNumber, null);
    }

    /** An allocation names exactly one recipient. */
    public Target requireOne() {
        int named = (shelterId == null ? 0 : 1) + (caseNumber == null ? 0 : 1) + (recipient == null ? 0 : 1);
        if (named != 1) {
            throw new InvalidInputException("target", "an allocation names exactly one of shelterId, caseNumber"
                    + " (an investigation) or recipient; it named " + named);
        }
        return this;
    }

    public boolean isNone() {
        return shelterId == null && caseNumber == null && recipient == null;
    }

    public Optional<UUID> shelter() {
        return Optional.ofNullable(shelterId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
