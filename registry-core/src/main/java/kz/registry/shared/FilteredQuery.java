package kz.registry.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's JPQL query made of the filters a caller gave: the page of items in a stated order and
 * the count of all, or sums over them, with the same conditions and parameters. The one way the
 * registry queries a filtered list (reports, which aggregate across capabilities, use SQL).
 */
public final class FilteredQuery {

    private final String entity;
    private final String alias;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Over an entity under an alias: {@code new FilteredQuery("Victim", "v")}. */
    public FilteredQuery(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** Adds a condition with its parameters, given as name, value, name, value ... */
    public FilteredQuery and(String condition, Object... namesAndValues) {
        where.append(" and (").append(condition).append(')');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** Adds {@code field = value} when the caller gave a value; a null leaves the field unfiltered. */
    public FilteredQuery equal(String field, Object value) {
        return value == null ? this : and(alias + "." + field + " = :" + field, field, value);
    }

    /** Keeps {@code field} from {@code first} to {@code last}, both included; a null end leaves that side open. */
    public FilteredQuery between(String field, Object first, Object last) {
        if (first != null) {
            and(alias + "." + field + " >= :" + field + "First", field + "First", first);
        }
        return last == null ? this : and(alias + "." + field + " <= :" + field + "Last", field + "Last", last);
    }

    /**
     * Keeps what holds the words in any of the fields (case ignored, the words taken literally: % and _
     * match themselves); blank words do not filter. A search box's condition.
     */
    public FilteredQuery containing(String words, String... fields) {
        if (words == null || words.isBlank()) {
            return this;
        }
        String escaped = words.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        String condition = java.util.Arrays.stream(fields)
                .map(field -> "lower(" + alias + "." + field + ") like :words escape '\\'")
                .collect(java.util.stream.Collectors.joining(" or "));
        return and(condition, "words", "%" + escaped + "%");
    }

    /** Rows of a selection over the matching entities, such as sums: {@code select} names the alias, {@code tail} groups and orders. */
    public <T> List<T> rows(EntityManager em, Class<T> type, String select, String tail) {
        TypedQuery<T> query = em.createQuery(select + " from " + entity + " " + alias + where + " " + tail, type);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public <T> Page<T> page(EntityManager em, Class<T> type, String orderBy, PageRequest page) {
        TypedQuery<T> select = em.createQuery("select " + alias + " from " + entity + " " + alias + where
                + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + entity + " " + alias + where,
                Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }
}
