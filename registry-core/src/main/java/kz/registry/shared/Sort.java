package kz.registry.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order a caller asks a list for, the same way on every list: {@code sort=-filedOn,code}
 * sorts by {@code filedOn} descending, then {@code code}. Each list names the fields it sorts
 * on; its own order breaks ties, so pages never overlap.
 */
public record Sort(List<Key> keys) {

    public static final Sort NONE = new Sort(List.of());

    /** One field, ascending unless written with a leading minus. */
    public record Key(String field, boolean descending) {
    }

    public Sort {
        keys = List.copyOf(keys);
    }

    /** From {@code sort=a,-b}; blank is no order of the caller's. */
    public static Sort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        List<Key> keys = new ArrayList<>();
        for (String part : raw.split(",")) {
            String field = part.strip();
            boolean descending = field.startsWith("-");
            field = descending || field.startsWith("+") ? field.substring(1).strip() : field;
            if (!field.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new InvalidInputException("sort", "'" + part.strip() + "' is not a field name, optionally after a minus");
            }
            keys.add(new Key(field, descending));
        }
        return new Sort(keys);
    }

    /** The JPQL order: the caller's fields (each checked against those allowed), then the list's own. */
    public String jpql(String alias, List<String> allowed, String ownOrder) {
        Map<String, String> paths = new LinkedHashMap<>();
        allowed.forEach(field -> paths.put(field, field));
        return jpql(alias, paths, ownOrder);
    }

    /** Sortable fields with where each lies, in order: {@code paths("valueDate", "valueDate", "amount", "amount.amount")}. */
    public static Map<String, String> paths(String... fieldsAndPaths) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndPaths.length; i += 2) {
            paths.put(fieldsAndPaths[i], fieldsAndPaths[i + 1]);
        }
        return paths;
    }

    /**
     * The same where a field the caller names lies at another path, such as {@code amount} at
     * {@code amount.amount} in an entity that keeps its money as {@link kz.registry.money.Money}.
     */
    public String jpql(String alias, Map<String, String> pathOfField, String ownOrder) {
        List<String> allowed = List.copyOf(pathOfField.keySet());
        String chosen = keys.stream().map(key -> alias + "." + pathOfField.get(checked(key.field(), allowed))
                        + (key.descending() ? " desc" : ""))
                .collect(Collectors.joining(", "));
        return chosen.isEmpty() ? ownOrder : chosen + ", " + ownOrder;
    }

    private static String checked(String field, List<String> allowed) {
        if (!allowed.contains(field)) {
            throw new InvalidInputException("sort", "'" + field + "' cannot be sorted on here; this list sorts on "
                    + String.join(", ", allowed));
        }
        return field;
    }
}
