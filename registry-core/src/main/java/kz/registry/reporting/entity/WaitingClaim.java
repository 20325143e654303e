package kz.registry.reporting.entity;

import java.time.LocalDate;

/** A claim still undecided after the two-month target, by pseudonymous codes only. */
public record WaitingClaim(String claimCode, String victimCode, String proceeding, String category, String status,
                           LocalDate filedOn, long daysWaiting) {
}
