package kz.registry.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The registry's settings, read the same way on every server: MicroProfile Config where the
 * server offers it to the application (Payara Micro does; GlassFish 8 does not to an EAR's EJB
 * module), else a system property, else the environment variable MicroProfile would read
 * ({@code registry.demo} becomes {@code REGISTRY_DEMO}).
 */
public final class Configuration {

    private Configuration() {
    }

    public static Optional<String> value(String key) {
        Optional<String> fromMicroProfile = microProfile(key);
        if (fromMicroProfile.isPresent()) {
            return fromMicroProfile;
        }
        return Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(System.getenv(environmentName(key))))
                .filter(value -> !value.isBlank());
    }

    public static boolean flag(String key, boolean fallback) {
        return typed(key, fallback, value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        });
    }

    public static int integer(String key, int fallback) {
        return typed(key, fallback, value -> {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number");
            }
        });
    }

    public static LocalDate date(String key, LocalDate fallback) {
        return typed(key, fallback, value -> {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date as YYYY-MM-DD");
            }
        });
    }

    /** A setting that is present but malformed stops the caller: a typo must not pass for the default. */
    private static <T> T typed(String key, T fallback, Function<String, T> parse) {
        return value(key).map(value -> {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Setting " + key + " " + e.getMessage() + ", not '" + value + "'.", e);
            }
        }).orElse(fallback);
    }

    /** The environment variable MicroProfile Config maps a key to: upper case, other characters as '_'. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Optional<String> microProfile(String key) {
        try {
            return ConfigProvider.getConfig(Configuration.class.getClassLoader()).getOptionalValue(key, String.class);
        } catch (IllegalStateException | LinkageError noImplementationHere) {
            return Optional.empty();
        }
    }
}
