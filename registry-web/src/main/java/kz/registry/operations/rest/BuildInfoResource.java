package kz.registry.operations.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which build is running: version and commit, for operators and bug reports. Open to anyone. */
@Path("info")
@ApplicationScoped
@PermitAll
public class BuildInfoResource {

    private final BuildInfo info = load();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public BuildInfo info() {
        return info;
    }

    static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfoResource.class.getResourceAsStream("/build-info.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(
                "Budget and Compensation Registry",
                known(properties.getProperty("version")),
                known(properties.getProperty("commit")),
                Boolean.parseBoolean(properties.getProperty("dirty", "false")),
                known(properties.getProperty("buildTime")));
    }

    /** A property Maven could not fill (no git, say) stays a visible "unknown", not a ${placeholder}. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }

    public record BuildInfo(String name, String version, String commit, boolean dirty, String buildTime) {
    }
}
