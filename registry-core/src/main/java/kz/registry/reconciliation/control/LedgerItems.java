package kz.registry.reconciliation.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.registry.budget.LedgerVocabulary;
import kz.registry.claims.ClaimVocabulary;
import kz.registry.reconciliation.entity.AccountKind;

/**
 * The ledger an account is reconciled with, read as the reports read it: for the budget's
 * payment account the budget's payments (a reversal brings money back), for the fund's account
 * the fund's entries. Amounts signed as the bank signs them: money into the account above zero.
 */
public final class LedgerItems {

    /**
     * One entry.
     *
     * @param references what a bank line may name it by: the fund entry's reference and its
     *                   register's number; a payment's id (the registry's payment orders carry it)
     */
    public record Entry(UUID id, LocalDate day, BigDecimal amount, Set<String> references, String description) {
    }

    private LedgerItems() {
    }

    /** The entries dated from {@code first} to {@code last}, in the account's currency. */
    public static List<Entry> between(Connection connection, AccountKind kind, String currency, LocalDate first,
                                      LocalDate last) throws SQLException {
        String sql = kind == AccountKind.FUND
                ? "select f.id, f.value_date, f.amount, f.direction, f.reference, r.number register_number,"
                + " f.source description from fund_entry f left join payment_register r on r.id = f.register_id"
                + " where f.value_date between ? and ? order by f.value_date, f.id"
                : "select e.id, e.value_date, e.amount, e.currency, e.recipient, e.description from budget_entry e"
                + " where e.kind = '" + LedgerVocabulary.PAYMENT + "' and e.value_date between ? and ?"
                + " order by e.value_date, e.id";
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, first);
            statement.setObject(2, last);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    UUID id = uuid(row.getObject("id"));
                    LocalDate day = row.getObject("value_date", LocalDate.class);
                    BigDecimal amount = row.getBigDecimal("amount");
                    Set<String> references = new LinkedHashSet<>();
                    if (kind == AccountKind.FUND) {
                        boolean in = ClaimVocabulary.FUND_IN.equals(row.getString("direction"));
                        add(references, row.getString("reference"));
                        add(references, row.getString("register_number"));
                        entries.add(new Entry(id, day, money(in ? amount : amount.negate()), references,
                                row.getString("description")));
                    } else if (currency.equals(row.getString("currency"))) {
                        // a payment takes money out; its reversal (a negative payment) brings it back
                        add(references, id.toString());
                        String recipient = row.getString("recipient");
                        String description = row.getString("description");
                        entries.add(new Entry(id, day, money(amount.negate()),
                                references, recipient == null ? description : description == null ? recipient
                                : recipient + ": " + description));
                    }
                }
            }
        }
        return entries;
    }

    /** The fund's balance before a day (the budget's payment account has none in the registry: null). */
    public static BigDecimal balanceBefore(Connection connection, AccountKind kind, LocalDate day) throws SQLException {
        if (kind != AccountKind.FUND) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement("select coalesce(sum(case when direction = '"
                + ClaimVocabulary.FUND_IN + "' then amount else -amount end), 0) balance from fund_entry where value_date < ?")) {
            statement.setObject(1, day);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return money(row.getBigDecimal("balance"));
            }
        }
    }

    /** To the cent, as the bank writes it, unless the ledger holds finer (then as it is). */
    private static BigDecimal money(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2 ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY) : amount;
    }

    private static void add(Set<String> references, String reference) {
        if (reference != null && !reference.isBlank()) {
            references.add(reference.strip());
        }
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
