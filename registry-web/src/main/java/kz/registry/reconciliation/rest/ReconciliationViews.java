package kz.registry.reconciliation.rest;

import static kz.registry.shared.rest.Table.column;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import kz.registry.reconciliation.boundary.BankReconciliation;
import kz.registry.reconciliation.entity.BankAccount;
import kz.registry.reconciliation.entity.BankStatement;
import kz.registry.reconciliation.entity.MonthReconciliation;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.rest.SpokenText;
import kz.registry.shared.rest.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reconciliation resources take and answer. */
public final class ReconciliationViews {

    private ReconciliationViews() {
    }

    static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("month", "a month as YYYY-MM (2026-03)");
        }
    }

    public record AccountInput(
            @NotBlank @Schema(example = "fund-account", description = "A code of the officers' choosing") String code,
            @NotBlank @Schema(example = "FUND", description = "BUDGET (the budget's payment account) or FUND") String kind,
            @NotBlank @Schema(example = "KZ86125KZT5004100100") String iban,
            @NotBlank @Schema(example = "KZT") String currency,
            @NotBlank @Schema(example = "Victims compensation fund, Treasury") String name) {
    }

    public record AccountView(UUID id, String code, String kind, String iban, String currency, String name) {
        static AccountView of(BankAccount account) {
            return new AccountView(account.id(), account.code(), account.kind().name(), account.iban(), account.currency(),
                    account.name());
        }
    }

    /** Amounts as exact decimal text, as everywhere in the API: never a floating-point number. */
    static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    public record StatementView(UUID id, String reference, String messageId, LocalDate from, LocalDate to, String opening,
                                String closing, int lines, String format) {
        static StatementView of(BankStatement statement) {
            return new StatementView(statement.id(), statement.reference(), statement.messageId(), statement.from(),
                    statement.to(), text(statement.opening()), text(statement.closing()), statement.lineCount(),
                    statement.format());
        }
    }

    /** A month reconciled, its amounts as text (signed: money into the account above zero). */
    public record MonthView(String account, String kind, String currency, String month, LocalDate asOf, BankView bank,
                            LedgerView ledger, MatchedTotals matched, List<ItemView> unmatched, List<MatchView> matches,
                            MonthReconciliation.SignedOff signedOff,
                            @JsonbTypeSerializer(SpokenText.Each.class) List<String> blocking) {
        static MonthView of(MonthReconciliation month) {
            var bank = month.bank();
            var ledger = month.ledger();
            return new MonthView(month.account(), month.kind().name(), month.currency(), month.month(), month.asOf(),
                    new BankView(bank.statements(), text(bank.opening()), text(bank.closing()), text(bank.movement()),
                            text(bank.lines())),
                    new LedgerView(text(ledger.opening()), text(ledger.closing()), text(ledger.movement())),
                    new MatchedTotals(month.matched().lines(), month.matched().entries(), text(month.matched().amount())),
                    month.unmatched().stream().map(ItemView::of).toList(),
                    month.matches().stream().map(MatchView::of).toList(), month.signedOff(), month.blocking());
        }
    }

    public record BankView(List<String> statements, String opening, String closing, String movement, String lines) {
    }

    public record LedgerView(String opening, String closing, String movement) {
    }

    public record MatchedTotals(int lines, int entries, String amount) {
    }

    public record ItemView(String side, UUID id, LocalDate day, String amount, String reference, String description,
                           long ageDays, String resolution, String reason) {
        static ItemView of(MonthReconciliation.Item item) {
            return new ItemView(item.side(), item.id(), item.day(), text(item.amount()), item.reference(),
                    item.description(), item.ageDays(), item.resolution(), item.reason());
        }
    }

    public record MatchView(UUID id, String rule, List<UUID> lines, List<UUID> entries, String amount, String by,
                            String reason) {
        static MatchView of(MonthReconciliation.MatchView match) {
            return new MatchView(match.id(), match.rule(), match.lines(), match.entries(), text(match.amount()),
                    match.by(), match.reason());
        }
    }

    /** @param created false when the same file was imported before: nothing was changed */
    public record ImportView(String account, boolean created, List<StatementView> statements, int matched) {
        static ImportView of(BankReconciliation.Imported imported) {
            return new ImportView(imported.account().code(), imported.created(),
                    imported.statements().stream().map(StatementView::of).toList(), imported.matched());
        }
    }

    public record MatchingInput(@Schema(example = "3", description = "days a line and an entry of the same amount may lie apart")
                                Integer windowDays) {
    }

    public record MatchedView(int matched, MonthView reconciliation) {
    }

    public record MatchInput(
            @NotEmpty @Schema(example = "[\"6f1c2f8e-4a4b-4c55-9f6e-2b9c1f0d7a11\"]", description = "statement lines") List<UUID> lines,
            @NotEmpty @Schema(example = "[\"0b4e8d1a-2f3c-4d5e-8f9a-1b2c3d4e5f60\"]", description = "ledger entries") List<UUID> entries,
            @NotBlank @Schema(example = "the bank booked the two transfers as one") String reason) {
    }

    public record ResolutionInput(
            @NotBlank @Schema(example = "BANK", description = "BANK (a statement line) or LEDGER (a ledger entry)") String side,
            @Schema(example = "6f1c2f8e-4a4b-4c55-9f6e-2b9c1f0d7a11") UUID item,
            @NotBlank @Schema(example = "TIMING_DIFFERENCE", description = "BANK_ERROR or TIMING_DIFFERENCE") String resolution,
            @NotBlank @Schema(example = "paid on 31 March, booked by the bank on 1 April") String reason) {
    }

    /** The unmatched items of a month, as CSV. */
    static final Table<MonthReconciliation.Item> ITEMS = Table.of(
            column("side", MonthReconciliation.Item::side),
            column("id", MonthReconciliation.Item::id),
            column("day", MonthReconciliation.Item::day),
            column("amount", MonthReconciliation.Item::amount),
            column("reference", MonthReconciliation.Item::reference),
            column("description", MonthReconciliation.Item::description),
            column("age_days", MonthReconciliation.Item::ageDays),
            column("resolution", MonthReconciliation.Item::resolution),
            column("reason", MonthReconciliation.Item::reason));
}
