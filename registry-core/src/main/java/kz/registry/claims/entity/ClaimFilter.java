package kz.registry.claims.entity;

import java.util.UUID;

/** Which claims a list shows; null does not filter. */
public record ClaimFilter(ClaimStatus status, String category, UUID victimId, UUID proceedingId) {
}
