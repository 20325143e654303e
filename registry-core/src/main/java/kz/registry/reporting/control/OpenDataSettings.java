package kz.registry.reporting.control;

import java.time.Duration;
import java.util.Currency;
import kz.registry.shared.Configuration;

/**
 * How the open data is published, from the registry's settings. Off unless
 * {@code registry.open-data.enabled} is true: publishing is the operator's decision.
 *
 * @param minimumCell the fewest victims a published figure may rest on ({@code registry.open-data.minimum-cell}, 5)
 * @param currency    the second currency of the spending figures ({@code registry.open-data.currency}, USD)
 * @param basis       the reporting basis to convert on ({@code registry.open-data.basis}); empty: each fiscal
 *                    year's average rate
 * @param maxAge      how long a built publication is served, and how long readers may keep it
 *                    ({@code registry.open-data.max-age-seconds}, 3600)
 * @param license     an Open Definition license identifier ({@code registry.open-data.license}, CC-BY-4.0)
 * @param publisher   who publishes ({@code registry.open-data.publisher})
 */
public record OpenDataSettings(boolean enabled, int minimumCell, Currency currency, String basis, Duration maxAge,
                               String license, String publisher) {

    public static OpenDataSettings read() {
        int minimum = Configuration.integer("registry.open-data.minimum-cell", 5);
        if (minimum < 2) {
            throw new IllegalStateException("registry.open-data.minimum-cell is " + minimum
                    + ": a published cell must count at least 2 people, or suppression hides nothing");
        }
        int maxAge = Configuration.integer("registry.open-data.max-age-seconds", 3600);
        if (maxAge < 0) {
            throw new IllegalStateException("registry.open-data.max-age-seconds must not be negative");
        }
        return new OpenDataSettings(Configuration.flag("registry.open-data.enabled", false), minimum,
                Currency.getInstance(Configuration.value("registry.open-data.currency").orElse("USD").strip()),
                Configuration.value("registry.open-data.basis").map(String::strip).orElse(null),
                Duration.ofSeconds(maxAge),
                Configuration.value("registry.open-data.license").orElse("CC-BY-4.0").strip(),
                Configuration.value("registry.open-data.publisher").orElse("Budget and Compensation Registry").strip());
    }

    public OpenDataPackages.Settings packageSettings() {
        return new OpenDataPackages.Settings(minimumCell, currency, license, publisher, maxAge);
    }
}
