package kz.registry.budget.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import kz.registry.budget.entity.AppropriationTerms;
import kz.registry.budget.entity.BudgetEntry;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.FundingSource;
import kz.registry.budget.entity.Posting;
import kz.registry.budget.entity.Purpose;
import kz.registry.budget.entity.Target;
import kz.registry.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What finance officers send: amounts as decimal strings with their currency, dates as YYYY-MM-DD. */
public final class BudgetInputs {

    private BudgetInputs() {
    }

    public record AppropriationInput(@NotNull @Schema(example = "2017") Integer year,
                                     @NotBlank @Schema(example = "republican-budget") String source,
                                     @NotBlank @Schema(example = "shelter-assistance") String purpose,
                                     @NotBlank @Schema(example = "159000000.00") String amount,
                                     @NotBlank @Schema(example = "KZT") String currency,
                                     @Schema(description = "The day the money is appropriated; 1 January of the year"
                                             + " when left out", format = "date", example = "2026-01-04")
                                     LocalDate valueDate,
                                     @Size(max = AppropriationTerms.AGENCY_LENGTH)
                                     @Schema(description = "The agency that allocates the money, when known: the year's"
                                             + " summary names it", example = "Ministry of Labour and Social Protection")
                                     String agency,
                                     @Size(max = BudgetEntry.DESCRIPTION_LENGTH)
                                     @Schema(example = "Shelter assistance 2017") String description) {
        AppropriationTerms terms() {
            return new AppropriationTerms(year, FundingSource.of("source", source), purpose, Money.of(amount, currency),
                    valueDate, agency, description);
        }
    }

    /** An allocation names exactly one of shelterId, caseNumber and recipient. */
    public record AllocationInput(@NotNull UUID appropriationId, UUID shelterId,
                                  @Schema(example = "DEMO-2017-001") String caseNumber,
                                  @Schema(example = "Trafficking hotline operator") String recipient,
                                  @NotBlank @Schema(example = "17000000.00") String amount,
                                  @NotBlank @Schema(example = "KZT") String currency, @NotNull LocalDate valueDate,
                                  @Size(max = BudgetEntry.DESCRIPTION_LENGTH)
                                  @Schema(example = "Shelter grant 2017") String description) {
        Posting posting() {
            return new Posting(EntryKind.ALLOCATION, appropriationId, new Target(shelterId, caseNumber, recipient),
                    Money.of(amount, currency), valueDate, description);
        }
    }

    /** A commitment or a payment against an allocation. */
    public record SpendingInput(@NotNull UUID allocationId, @NotBlank @Schema(example = "4000000.00") String amount,
                                @NotBlank @Schema(example = "KZT") String currency,
                                @NotNull LocalDate valueDate,
                                @Size(max = BudgetEntry.DESCRIPTION_LENGTH)
                                @Schema(example = "Contract for shelter services") String description) {
        Posting posting(EntryKind kind) {
            return new Posting(kind, allocationId, null, Money.of(amount, currency), valueDate, description);
        }
    }

    /** Why an entry is undone, and the reversal's date (the entry's own when left out). */
    public record ReversalInput(@NotBlank @Size(max = BudgetEntry.DESCRIPTION_LENGTH)
                                @Schema(example = "posted twice by mistake") String reason,
                                LocalDate valueDate) {
    }

    /**
     * A year to open; {@code incomplete}: the registry will hold only part of the year's money (other
     * agencies' spending is not entered), so its figures are a floor (the year's summary says "at least").
     */
    public record NewPeriod(@NotNull @Schema(example = "2027") Integer year,
                            @Schema(example = "false") Boolean incomplete) {
    }

    /**
     * A change to a year: {@code state} CLOSED closes it (the only state a finance officer can set);
     * {@code incomplete} says whether its figures are a floor. Either or both.
     */
    public record PeriodChange(@Schema(example = "CLOSED") String state, @Schema(example = "true") Boolean incomplete) {
    }

    /** A purpose: its code, its name in English and, optionally, in Russian and Kazakh. */
    public record NewPurpose(@NotBlank @Schema(example = "hotline") String code,
                             @NotBlank @Size(max = Purpose.NAME_LENGTH)
                             @Schema(example = "Trafficking hotline") String name,
                             @Size(max = Purpose.NAME_LENGTH)
                             @Schema(example = "Горячая линия по вопросам торговли людьми") String nameRu,
                             @Size(max = Purpose.NAME_LENGTH)
                             @Schema(example = "Адам саудасы мәселелері бойынша сенім телефоны") String nameKk) {
    }
}
