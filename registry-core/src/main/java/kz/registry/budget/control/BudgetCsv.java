package kz.registry.budget.control;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.Posting;
import kz.registry.budget.entity.Target;
import kz.registry.money.Money;
import kz.registry.shared.CsvRows;
import kz.registry.shared.DomainException;
import kz.registry.shared.InputLimits;
import kz.registry.shared.InvalidInputException;

/**
 * Reads a bulk entry: a CSV file (RFC 4180) with a header line, comma separated, fields quoted with
 * {@code "} where they hold a comma, a quote (doubled inside) or a line break.
 * <ul>
 * <li>allocations: {@code appropriation,shelter,case_number,recipient,amount,currency,value_date,description},
 * where the shelter is its name or id and exactly one of shelter, case_number and recipient is filled;</li>
 * <li>commitments and payments: {@code allocation,amount,currency,value_date,description}.</li>
 * </ul>
 * Columns may come in any order; description (and for allocations two of the three targets) may be
 * left out. Every line that cannot be read is named with why; reading never stops at the first.
 */
public final class BudgetCsv {

    private BudgetCsv() {
    }

    static final List<String> ALLOCATION_COLUMNS = List.of("appropriation", "shelter", "case_number", "recipient",
            "amount", "currency", "value_date", "description");
    static final List<String> SPENDING_COLUMNS = List.of("allocation", "amount", "currency", "value_date", "description");

    public static List<String> columns(EntryKind kind) {
        return switch (kind) {
            case ALLOCATION -> ALLOCATION_COLUMNS;
            case COMMITMENT, PAYMENT -> SPENDING_COLUMNS;
            case APPROPRIATION -> throw new InvalidInputException("kind", "appropriations are posted one at a time");
        };
    }

    /**
     * The file's lines as postings of one kind, read one at a time as the stream is used; the
     * header is read and checked at once. Closing the stream closes the file.
     *
     * @param shelters finds a shelter's id by its name
     */
    public static Stream<BudgetLedger.Line> lines(Reader file, EntryKind kind, Function<String, Optional<UUID>> shelters) {
        List<String> columns = columns(kind);
        CsvRows rows = CsvRows.of(file);
        try {
            CsvRows.Row first = rows.next();
            if (first == null) {
                throw new InvalidInputException("file", "is empty: it needs a header line (" + String.join(",", columns)
                        + ") and at least one line");
            }
            if (first.tooLong()) {
                throw new InvalidInputException("header", InputLimits.lineTooLong());
            }
            Map<String, Integer> header = header(first.fields(), columns);
            return rows.rest().map(row -> line(row, header, kind, shelters));
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    private static BudgetLedger.Line line(CsvRows.Row row, Map<String, Integer> header, EntryKind kind,
                                          Function<String, Optional<UUID>> shelters) {
        if (row.tooLong()) {
            return new BudgetLedger.Line(row.line(), null, InputLimits.lineTooLong());
        }
        try {
            Map<String, String> cells = cells(row.fields(), header);
            return new BudgetLedger.Line(row.line(), posting(kind, cells, shelters), null);
        } catch (DomainException e) {
            return new BudgetLedger.Line(row.line(), null, BudgetLedger.LineRefusals.why(e));
        }
    }

    private static Posting posting(EntryKind kind, Map<String, String> cells, Function<String, Optional<UUID>> shelters) {
        String parentColumn = kind == EntryKind.ALLOCATION ? "appropriation" : "allocation";
        UUID parent = id(parentColumn, cells.get(parentColumn));
        Money amount = Money.of(required("amount", cells.get("amount")), required("currency", cells.get("currency")));
        LocalDate valueDate = date(cells.get("value_date"));
        Target target = kind == EntryKind.ALLOCATION
                ? new Target(shelter(cells.get("shelter"), shelters), cells.get("case_number"), cells.get("recipient"))
                : Target.NONE;
        return new Posting(kind, parent, target, amount, valueDate, cells.get("description"));
    }

    private static UUID shelter(String nameOrId, Function<String, Optional<UUID>> shelters) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(nameOrId.strip());
        } catch (IllegalArgumentException notAnId) {
            return shelters.apply(nameOrId.strip()).orElseThrow(() ->
                    new InvalidInputException("shelter", "there is no shelter named '" + nameOrId.strip() + "'"));
        }
    }

    private static UUID id(String column, String raw) {
        try {
            return UUID.fromString(required(column, raw));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(column, "'" + raw + "' is not an id");
        }
    }

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(required("value_date", raw));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("value_date", "'" + raw + "' is not a date as YYYY-MM-DD");
        }
    }

    private static String required(String column, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(column, "is empty");
        }
        return raw.strip();
    }

    private static Map<String, Integer> header(List<String> names, List<String> columns) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(name)) {
                throw new InvalidInputException("header", "unknown column '" + names.get(i) + "'; the columns are "
                        + String.join(",", columns));
            }
            if (header.put(name, i) != null) {
                throw new InvalidInputException("header", "column '" + name + "' appears twice");
            }
        }
        List<String> missing = columns.stream()
                .filter(column -> !header.containsKey(column))
                .filter(column -> !List.of("description", "shelter", "case_number", "recipient").contains(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("header", "missing column(s) " + String.join(",", missing));
        }
        return header;
    }

    private static Map<String, String> cells(List<String> fields, Map<String, Integer> header) {
        if (fields.size() != header.size()) {
            throw new InvalidInputException("fields", fields.size() + " fields where the header has " + header.size());
        }
        Map<String, String> cells = new HashMap<>();
        header.forEach((name, index) -> {
            String value = fields.get(index).strip();
            cells.put(name, value.isEmpty() ? null : value);
        });
        return cells;
    }
}
