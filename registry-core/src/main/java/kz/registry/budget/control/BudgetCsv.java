package kz.registry.budget.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.Posting;
import kz.registry.budget.entity.Target;
import kz.registry.money.Money;
import kz.registry.shared.DomainException;
import kz.registry.shared.InputLimits;
import kz.registry.shared.InvalidInputException;

/**
 * Reads a bulk entry: a CSV file with a header line, comma separated, fields quoted with
 * {@code "} where they hold a comma or a quote (a quote doubled inside), one record a line.
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
     * The file's lines as postings of one kind.
     *
     * @param shelters finds a shelter's id by its name
     */
    public static List<BudgetLedger.Line> read(String text, EntryKind kind, Function<String, Optional<UUID>> shelters) {
        List<String> columns = columns(kind);
        String[] rows = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int headerAt = firstNonBlank(rows);
        if (headerAt < 0) {
            throw new InvalidInputException("file", "is empty: it needs a header line (" + String.join(",", columns)
                    + ") and at least one line");
        }
        if (rows[headerAt].length() > InputLimits.MAX_LINE_CHARS) {
            throw new InvalidInputException("header", InputLimits.lineTooLong());
        }
        Map<String, Integer> header = header(rows[headerAt], columns);
        List<BudgetLedger.Line> lines = new ArrayList<>();
        for (int i = headerAt + 1; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            if (rows[i].length() > InputLimits.MAX_LINE_CHARS) {
                lines.add(new BudgetLedger.Line(number, null, InputLimits.lineTooLong()));
                continue;
            }
            try {
                Map<String, String> cells = cells(split(rows[i]), header, number);
                lines.add(new BudgetLedger.Line(number, posting(kind, cells, shelters), null));
            } catch (DomainException e) {
                lines.add(new BudgetLedger.Line(number, null, e instanceof InvalidInputException invalid
                        ? String.join("; ", invalid.fieldErrors().entrySet().stream()
                                .map(field -> field.getKey() + ": " + field.getValue()).toList())
                        : e.getMessage()));
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", "has a header but no lines");
        }
        return lines;
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

    private static Map<String, Integer> header(String line, List<String> columns) {
        List<String> names = split(line);
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

    private static Map<String, String> cells(List<String> fields, Map<String, Integer> header, int number) {
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

    /** Splits one line at commas outside quotes; a doubled quote inside quotes is a quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException("quotes", "a quoted field is not closed on its line");
        }
        fields.add(field.toString());
        return fields;
    }

    private static int firstNonBlank(String[] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
