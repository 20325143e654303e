package kz.registry.reporting.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A report's SQL made of the filters a caller gave, run over JDBC. Reports read with plain JDBC,
 * not JPA: their rows are aggregates and projections, and an export must stream its rows from a
 * cursor instead of loading them.
 */
public final class ReportSql {

    /** The registry's one data source (its JNDI name belongs to operations, which defines it). */
    public static final String DATA_SOURCE = "java:app/jdbc/registry";

    /** Rows fetched per round trip while streaming; PostgreSQL keeps a cursor open for them. */
    private static final int FETCH_SIZE = 1000;

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a condition with one {@code ?} per parameter. */
    public ReportSql and(String condition, Object... values) {
        where.append(" and (").append(condition).append(')');
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds {@code column in (?, ?, ...)} when there are values; nothing when there are none. */
    public ReportSql andIn(String column, Collection<?> values) {
        if (!values.isEmpty()) {
            and(column + " in (" + String.join(", ", values.stream().map(value -> "?").toList()) + ")", values.toArray());
        }
        return this;
    }

    public String where() {
        return where.toString();
    }

    /**
     * The rows of each table that meet this filter, one table after another ({@code union all}):
     * {@code branch} is a select naming its table {@code %s}, the filter follows it. The filter's
     * parameters are bound once per table.
     */
    public String unionAll(String branch, String... tables) {
        List<Object> once = List.copyOf(parameters);
        parameters.clear();
        List<String> branches = new ArrayList<>();
        for (String table : tables) {
            branches.add(branch.formatted(table) + where());
            parameters.addAll(once);
        }
        return String.join(" union all ", branches);
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Takes each row as it arrives. */
    @FunctionalInterface
    public interface RowSink<T> {
        void accept(T row);
    }

    public <T> List<T> list(Connection connection, String sql, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        stream(connection, sql, reader, rows::add);
        return rows;
    }

    /** Runs the query and hands each row over as it is read, never holding more than a fetch. */
    public <T> void stream(Connection connection, String sql, RowReader<T> reader, RowSink<T> sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.size(); i++) {
                bind(statement, i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(reader.read(rows));
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case LocalDate day -> statement.setDate(index, Date.valueOf(day));
            case Instant moment -> statement.setTimestamp(index, Timestamp.from(moment));
            case UUID id -> statement.setObject(index, id);
            default -> statement.setObject(index, value);
        }
    }

    /** A numeric column, zero when the database says null (a sum over no rows). */
    public static BigDecimal decimal(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** The few expressions that differ between the databases the registry runs on. */
    public enum Dialect {
        POSTGRESQL, H2;

        public static Dialect of(Connection connection) throws SQLException {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? POSTGRESQL : H2;
        }

        /** Whole days from one date column to another, as an integer. */
        public String daysBetween(String from, String to) {
            return switch (this) {
                case POSTGRESQL -> "(" + to + " - " + from + ")";
                case H2 -> "datediff(day, " + from + ", " + to + ")";
            };
        }

        /** A date column some months later. */
        public String plusMonths(String column, int months) {
            return switch (this) {
                case POSTGRESQL -> "(" + column + " + interval '" + months + " months')";
                case H2 -> "dateadd(month, " + months + ", " + column + ")";
            };
        }
    }
}
