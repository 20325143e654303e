package kz.registry.reporting.entity;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.registry.shared.InvalidInputException;

/**
 * Which ledger entries a spending report or export covers, and how it groups them.
 *
 * @param sources  source codes (republican-budget ...); empty: all
 * @param purposes purpose codes; empty: all
 * @param shelter  one shelter's entries, or null
 * @param city     entries for shelters in one city, or null
 * @param caseNumber one investigation's entries, or null
 */
public record SpendingQuery(int fromYear, int toYear, List<String> sources, List<String> purposes, UUID shelter,
                            String city, String caseNumber, Set<SpendingDimension> groupBy) {

    public SpendingQuery {
        if (fromYear < 1993 || toYear > 2100 || fromYear > toYear) {
            throw new InvalidInputException("fromYear", "the years must lie between 1993 and 2100, the first not after the last");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        groupBy = groupBy == null ? Set.of() : Set.copyOf(groupBy);
    }

    public boolean groups(SpendingDimension dimension) {
        return groupBy.contains(dimension);
    }
}
