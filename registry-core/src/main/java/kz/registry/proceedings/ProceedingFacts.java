package kz.registry.proceedings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other capabilities may know of a proceeding: its number, the articles it is under (without
 * parts), its stage, and the codes of the persons convicted in it.
 */
public record ProceedingFacts(UUID id, String registrationNumber, List<Integer> articles, String stage,
                             LocalDate registeredOn, List<UUID> convictedPersons) {

    public ProceedingFacts {
        articles = List.copyOf(articles);
        convictedPersons = List.copyOf(convictedPersons);
    }
}
