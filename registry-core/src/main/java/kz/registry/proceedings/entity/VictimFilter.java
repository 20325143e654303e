package kz.registry.proceedings.entity;

import java.util.UUID;

/** Which victims a list shows: citizenship, foreign or not, exploitation, recognised in a proceeding. */
public record VictimFilter(String citizenship, Boolean foreign, Exploitation exploitation, UUID proceedingId) {
}
