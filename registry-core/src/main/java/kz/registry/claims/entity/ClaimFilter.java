package kz.registry.claims.entity;

import java.util.UUID;

/** Which claims a list shows; null does not filter. {@code words}: a search in the claim's code. */
public record ClaimFilter(ClaimStatus status, String category, UUID victimId, UUID proceedingId, String words) {
}
