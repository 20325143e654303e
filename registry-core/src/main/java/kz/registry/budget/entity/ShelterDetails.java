package kz.registry.budget.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.registry.shared.InvalidInputException;

/**
 * What a finance officer states about a shelter. A shelter with no
 * {@code foreignVictimsEligibleFrom} is closed to foreign victims; from that date on, foreign
 * victims may use it like Kazakhstani ones (a 2023 amendment opened shelters to them).
 *
 * @param openedYear the year the shelter opened, or null where it is not known
 */
public record ShelterDetails(String name, String city, String operator, Integer openedYear,
                             LocalDate foreignVictimsEligibleFrom) {

    public static final int NAME_LENGTH = 200;
    public static final int CITY_LENGTH = 100;
    public static final int OPERATOR_LENGTH = 200;
    public static final int FIRST_YEAR = 1991;
    public static final int LAST_YEAR = 2100;

    public ShelterDetails {
        Map<String, String> errors = new LinkedHashMap<>();
        name = text("name", name, NAME_LENGTH, errors);
        city = text("city", city, CITY_LENGTH, errors);
        operator = text("operator", operator, OPERATOR_LENGTH, errors);
        if (openedYear != null && (openedYear < FIRST_YEAR || openedYear > LAST_YEAR)) {
            errors.put("openedYear", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String text(String field, String value, int maxLength, Map<String, String> errors) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            errors.put(field, "must not be blank");
        } else if (trimmed.length() > maxLength) {
            errors.put(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
