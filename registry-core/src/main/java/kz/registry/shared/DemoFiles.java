package kz.registry.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a demo data file from the build: lines of fields separated by {@code ;}, blank lines and
 * lines starting with {@code #} (comments that say where the figures come from) left out.
 */
public final class DemoFiles {

    private DemoFiles() {
    }

    public static List<String[]> read(String resource) {
        try (InputStream in = DemoFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + resource + " is missing from the build.");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
