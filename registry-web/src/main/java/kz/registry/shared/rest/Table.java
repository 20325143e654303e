package kz.registry.shared.rest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A report's rows as named columns, written as CSV or as a JSON array of objects with the same
 * names. The names are the report's contract with scripts: change one only with a new name.
 * Rows are written as they come, so an export of a million rows holds one row at a time.
 */
public record Table<T>(List<Column<T>> columns) {

    /** A column: its stable name and how a row gives its value (null for none). */
    public record Column<T>(String name, Function<T, Object> value) {
    }

    @SafeVarargs
    public static <T> Table<T> of(Column<T>... columns) {
        return new Table<>(List.of(columns));
    }

    public static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** RFC 4180: a header line, then one line per row, CRLF-terminated, fields quoted where they must be. */
    public void writeCsv(OutputStream out, Consumer<Consumer<T>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(1 << 16).build(writer);
        csv.writeRecord(names());
        String[] cells = new String[columns.size()];
        try {
            rows.accept(row -> {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = csvCell(columns.get(i).value().apply(row));
                }
                csv.writeRecord(cells);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    /** A JSON array of objects, one per row, numbers of money as decimal strings. */
    public void writeJson(OutputStream out, Consumer<Consumer<T>> rows) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartArray();
            rows.accept(row -> {
                json.writeStartObject();
                for (Column<T> column : columns) {
                    Object value = column.value().apply(row);
                    switch (value) {
                        case null -> json.writeNull(column.name());
                        case Boolean truth -> json.write(column.name(), truth);
                        case Integer number -> json.write(column.name(), number);
                        case Long number -> json.write(column.name(), number);
                        case BigDecimal decimal -> json.write(column.name(), decimal.toPlainString());
                        default -> json.write(column.name(), value.toString());
                    }
                }
                json.writeEnd();
            });
            json.writeEnd();
        }
    }

    /**
     * One CSV cell's text, before quoting. Text that a spreadsheet would run as a formula (=, +,
     * -, @ first) is prefixed with an apostrophe; numbers are left as they are, negative ones included.
     */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
