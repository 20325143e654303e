package kz.registry.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one registry the black-box tests of a run talk to: the WAR the build made on Payara Micro,
 * started by the first test class that asks (20-60 s) and stopped when the test JVM exits. Its
 * settings are the REGISTRY_* environment failsafe gives the test JVM (H2 by default, PostgreSQL
 * with -Ppostgres); its log is {@code target/it-registry/server.log}.
 */
final class SharedRegistry {

    private static StandaloneRegistry registry;
    private static RuntimeException failedToStart;

    private SharedRegistry() {
    }

    static synchronized URI root() {
        if (failedToStart != null) {
            throw failedToStart; // said once with its cause; every later class fails fast
        }
        if (registry == null) {
            Map<String, String> settings = System.getenv().entrySet().stream()
                    .filter(variable -> variable.getKey().startsWith("REGISTRY_"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            try {
                registry = StandaloneRegistry.start(Path.of("target", "it-registry"), settings, List.of(), List.of());
            } catch (Exception e) {
                failedToStart = new IllegalStateException("The shared registry did not start", e);
                throw failedToStart;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "shared-registry-stop"));
        }
        return registry.http();
    }
}
