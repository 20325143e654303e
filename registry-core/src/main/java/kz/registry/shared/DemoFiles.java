package kz.registry.shared;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a demo data file from the build: records of fields separated by {@code ;}, blank lines and
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
            try (CsvReader<CsvRecord> records = CsvReader.builder().fieldSeparator(';')
                    .commentStrategy(CommentStrategy.SKIP).commentCharacter('#').ignoreDifferentFieldCount(true)
                    .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return records.stream().map(record -> record.getFields().toArray(String[]::new)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
