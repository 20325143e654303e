package kz.registry.claims.entity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.registry.shared.InvalidInputException;

/**
 * A victim's application, as a court clerk records it: in which proceeding, for which harm (a
 * compensation category), filed when; a court's restoration of a missed deadline; and, when the
 * same harm is also claimed in a civil suit against the offender, that suit's reference (the
 * claim is then flagged for double compensation).
 */
public record ClaimFiling(UUID victimId, UUID proceedingId, String category, LocalDate filedOn,
                          String deadlineRestoredBy, String civilClaim) {

    public ClaimFiling {
        Map<String, String> errors = new HashMap<>();
        if (victimId == null) {
            errors.put("victimId", "required");
        }
        if (proceedingId == null) {
            errors.put("proceedingId", "required");
        }
        if (category == null || category.isBlank()) {
            errors.put("category", "required: a compensation category code (GET /api/law/categories)");
        }
        if (filedOn == null) {
            errors.put("filedOn", "required (YYYY-MM-DD)");
        }
        deadlineRestoredBy = blankToNull(deadlineRestoredBy, "deadlineRestoredBy", errors);
        civilClaim = blankToNull(civilClaim, "civilClaim", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        category = category.strip();
    }

    private static String blankToNull(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 200) {
            errors.put(field, "at most 200 characters");
        }
        return text.strip();
    }
}
