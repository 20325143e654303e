package kz.registry.shared.rest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A report's rows as named columns, written as CSV, as an Excel workbook or as a JSON array of
 * objects with the same names. The names are the report's contract with scripts: change one only with a new name.
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

    /**
     * An Excel workbook (xlsx) of one sheet: the column names as a bold header row that stays in view
     * (frozen), numbers as numbers (amounts with their decimals, grouped; years and counts plain), days
     * and moments as dates (moments in UTC), everything else as text, which a spreadsheet never runs
     * as a formula. Rows go out to the stream a thousand at a time.
     */
    public void writeXlsx(OutputStream out, String sheetName, Consumer<Consumer<T>> rows) throws IOException {
        Workbook workbook = new Workbook(out, "Budget and Compensation Registry", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).name());
            sheet.style(0, c).bold().fillColor("DDE6EE").set();
            sheet.width(c, Math.max(10, columns.get(c).name().length() + 2));
        }
        sheet.freezePane(0, 1);
        int[] next = {1};
        try {
            rows.accept(row -> {
                int r = next[0]++;
                for (int c = 0; c < columns.size(); c++) {
                    xlsxCell(sheet, r, c, columns.get(c).value().apply(row));
                }
                if (r % 1000 == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        workbook.finish();
    }

    private static void xlsxCell(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> {
            }
            case BigDecimal decimal -> {
                sheet.value(r, c, decimal);
                int scale = Math.max(0, decimal.scale());
                sheet.style(r, c).format(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale)).set();
            }
            case Number number -> sheet.value(r, c, number);
            case Boolean truth -> sheet.value(r, c, truth);
            case LocalDate day -> {
                sheet.value(r, c, day);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            case Instant moment -> {
                sheet.value(r, c, LocalDateTime.ofInstant(moment, ZoneOffset.UTC));
                sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
            }
            default -> sheet.value(r, c, value.toString());
        }
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
