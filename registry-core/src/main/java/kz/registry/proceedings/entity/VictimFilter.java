package kz.registry.proceedings.entity;

import java.util.UUID;

/**
 * Which victims a list shows: citizenship, foreign or not, exploitation, recognised in a proceeding,
 * words in the victim's code (never in the identity, which stays sealed).
 */
public record VictimFilter(String citizenship, Boolean foreign, Exploitation exploitation, UUID proceedingId,
                           String words) {
}
