package kz.registry.shared;

import java.time.LocalDate;

/**
 * A list's days from the first to the last, both included; either may be left open (null). The last
 * before the first is the caller's mistake, named on the last day's parameter.
 */
public record DayRange(LocalDate first, LocalDate last) {

    public static final DayRange ANY = new DayRange(null, null);

    /** The range, or a 400 on {@code lastName} when the last day comes before the first. */
    public static DayRange of(String firstName, LocalDate first, String lastName, LocalDate last) {
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidInputException(lastName, "is before " + firstName + " (" + first
                    + "): the last day comes on or after the first");
        }
        return new DayRange(first, last);
    }
}
