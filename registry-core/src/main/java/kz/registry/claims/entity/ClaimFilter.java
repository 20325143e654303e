package kz.registry.claims.entity;

import java.util.UUID;
import kz.registry.shared.DayRange;

/**
 * Which claims a list shows; null does not filter. {@code words}: a search in the claim's code;
 * {@code filed}: the first and last filing days, both included.
 */
public record ClaimFilter(ClaimStatus status, String category, UUID victimId, UUID proceedingId, String words,
                          DayRange filed) {
}
