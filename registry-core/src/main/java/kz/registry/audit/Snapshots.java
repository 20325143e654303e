package kz.registry.audit;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * A record's state as the audit trail keeps it: JSON of a snapshot the owning capability
 * makes, with personal data left out. Properties in a fixed (alphabetical) order, so the same
 * state always reads the same.
 */
public final class Snapshots {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(jakarta.json.bind.config.PropertyOrderStrategy.LEXICOGRAPHICAL));

    private Snapshots() {
    }

    public static String of(Object snapshot) {
        return snapshot == null ? null : JSON.toJson(snapshot);
    }
}
