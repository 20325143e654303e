package kz.registry.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Numbers audit entries as they are written, from the database's sequence: any number of writers
 * at once, on any number of nodes, none waiting for another (a sequence hands out numbers outside
 * transactions). The numbers order the entries for reading and for the sealer; a rolled-back
 * write leaves a gap, which is why the log's leaves, not these, are the dense order.
 */
@Dependent
public class SequenceNumbers {

    private static volatile String query;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** {@code count} new sequence numbers, ascending. */
    public List<Long> next(int count) {
        @SuppressWarnings("unchecked")
        List<Number> numbers = em.createNativeQuery(query()).setParameter(1, count).getResultList();
        return numbers.stream().map(Number::longValue).sorted().toList();
    }

    private String query() {
        if (query == null) {
            try {
                String product = em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
                query = product.toLowerCase(Locale.ROOT).contains("postgres")
                        ? "select nextval('audit_entry_sequence') from generate_series(1, ?1)"
                        : "select next value for audit_entry_sequence from system_range(1, ?1)";
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
        }
        return query;
    }
}
