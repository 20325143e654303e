package kz.registry.budget.rest;

import java.time.LocalDate;
import java.util.UUID;
import kz.registry.budget.entity.Shelter;

/** A shelter as the API shows it. {@code foreignVictimsEligibleFrom} is absent where foreign victims may not use it. */
public record ShelterView(UUID id, long version, String name, String city, String operator,
                          Integer openedYear, LocalDate foreignVictimsEligibleFrom) {

    static ShelterView of(Shelter shelter) {
        return new ShelterView(shelter.id(), shelter.version(), shelter.name(), shelter.city(), shelter.operator(),
                shelter.openedYear().orElse(null), shelter.foreignVictimsEligibleFrom().orElse(null));
    }
}
