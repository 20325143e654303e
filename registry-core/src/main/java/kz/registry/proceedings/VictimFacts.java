package kz.registry.proceedings;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other capabilities may know of a victim: the pseudonymous code and profile, never the
 * identity, and the day of each recognition by proceeding.
 */
public record VictimFacts(UUID id, String code, String citizenship, boolean foreign, String sex, boolean minor,
                          String exploitation, Map<UUID, LocalDate> recognisedOn) {

    public VictimFacts {
        recognisedOn = Map.copyOf(recognisedOn);
    }

    public Optional<LocalDate> recognisedIn(UUID proceedingId) {
        return Optional.ofNullable(recognisedOn.get(proceedingId));
    }
}
