package kz.registry.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        String chosen = keys.stream().map(key -> alias + "." + checked(key.field(), allowed) + (key.descending() ? " desc" : ""))
                .collect(Collectors.joining(", "));
        return chosen.isEmpty() ? ownOrder : chosen + ", " + ownOrder;
    }

    /** The same for a criteria query over {@code root}. */
    public List<Order> criteria(CriteriaBuilder cb, Path<?> root, List<String> allowed, Order... ownOrder) {
        List<Order> orders = new ArrayList<>();
        for (Key key : keys) {
            Path<?> field = root.get(checked(key.field(), allowed));
            orders.add(key.descending() ? cb.desc(field) : cb.asc(field));
        }
        orders.addAll(Arrays.asList(ownOrder));
        return orders;
    }

    private static String checked(String field, List<String> allowed) {
        if (!allowed.contains(field)) {
            throw new InvalidInputException("sort", "'" + field + "' cannot be sorted on here; this list sorts on "
                    + String.join(", ", allowed));
        }
        return field;
    }
}
