package kz.registry.shared;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An imported CSV file (RFC 4180, comma separated, a header first) read one row at a time, so a
 * file of a million lines never sits in memory whole. Rows keep the line they start on, to be
 * named in errors; blank lines are left out. Close the rows to close the file.
 */
public final class CsvRows implements AutoCloseable {

    /** One row: its fields, and the line of the file it starts on (a quoted field may span lines). */
    public record Row(int line, List<String> fields) {

        /** Longer than a line may be ({@link InputLimits#MAX_LINE_CHARS}): refused, never read. */
        public boolean tooLong() {
            return fields.stream().mapToInt(String::length).sum() + fields.size() - 1 > InputLimits.MAX_LINE_CHARS;
        }
    }

    private final QuoteParity quotes;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;

    private CsvRows(Reader file) {
        quotes = new QuoteParity(file);
        reader = CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(quotes);
        records = reader.iterator();
    }

    public static CsvRows of(Reader file) {
        return new CsvRows(file);
    }

    /** The next row that is not blank, or null at the end of the file. */
    public Row next() {
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                boolean blank = record.getFieldCount() == 1 && record.getField(0).isBlank();
                if (!blank) {
                    return new Row(Math.toIntExact(record.getStartingLineNumber()), record.getFields());
                }
            }
            if (quotes.open) {
                throw new InvalidInputException("file", "the quote opened on line " + quotes.openedOn
                        + " is never closed: a quoted field ends with a quote, and a quote inside it is doubled");
            }
            return null;
        } catch (CsvParseException e) {
            throw new InvalidInputException("file", "is not a CSV file that can be read: "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
    }

    /** The rows not read yet, one at a time; closing the stream closes the file. */
    public Stream<Row> rest() {
        Iterator<Row> rows = new Iterator<>() {
            private Row next = CsvRows.this.next();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                Row row = next;
                next = CsvRows.this.next();
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Follows the file's quotes as it is read: the parser reads an unclosed quote to the end of the
     * file as one field, silently taking the lines after it into that field.
     */
    private static final class QuoteParity extends FilterReader {
        private boolean open;
        private int line = 1;
        private int openedOn;

        QuoteParity(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                follow((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                follow(buffer[offset + i]);
            }
            return n;
        }

        private void follow(char c) {
            if (c == '\n') {
                line++;
            } else if (c == '"') {
                open = !open;
                openedOn = line;
            }
        }
    }
}
