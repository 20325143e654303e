package kz.registry.budget.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class BudgetEntryTest {

    private static final BudgetEntry.Stamp STAMP = new BudgetEntry.Stamp(Instant.parse("2017-01-04T09:00:00Z"),
            "finance", null);
    private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-0000000000a5");

    private static BudgetEntry appropriation() {
        return BudgetEntry.appropriation(new AppropriationTerms(2017, FundingSource.REPUBLICAN_BUDGET,
                "Shelter-Assistance", Money.of("159000000.00", "KZT"), null, null, "TIP 2018"), STAMP);
    }

    private static Posting allocation(UUID parent, String amount, LocalDate day) {
        return new Posting(EntryKind.ALLOCATION, parent, Target.shelter(SHELTER), Money.of(amount, "KZT"), day, null);
    }

    @Test
    void anAppropriationIsDatedInItsYearAndNamesItsPurposeByCode() {
        BudgetEntry appropriation = appropriation();

        assertThat(appropriation.valueDate()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(appropriation.purpose()).isEqualTo("shelter-assistance");
        assertThat(appropriation.parentId()).isEmpty();
        assertThat(appropriation.isReversal()).isFalse();
    }

    @Test
    void childrenInheritYearSourcePurposeAndTheirAllocationsTarget() {
        BudgetEntry appropriation = appropriation();
        BudgetEntry allocation = appropriation.post(allocation(appropriation.id(), "17000000.00",
                LocalDate.of(2017, 1, 20)), STAMP);
        BudgetEntry payment = allocation.post(new Posting(EntryKind.PAYMENT, allocation.id(), null,
                Money.of("17000000.00", "KZT"), LocalDate.of(2017, 12, 15), "paid"), STAMP);

        assertThat(payment.fiscalYear()).isEqualTo(2017);
        assertThat(payment.source()).isEqualTo(FundingSource.REPUBLICAN_BUDGET);
        assertThat(payment.purpose()).isEqualTo("shelter-assistance");
        assertThat(payment.appropriationId()).contains(appropriation.id());
        assertThat(payment.parentId()).contains(allocation.id());
        assertThat(payment.target().shelterId()).isEqualTo(SHELTER);
    }

    @Test
    void eachKindIsPostedAgainstItsOwnParentOnly() {
        BudgetEntry appropriation = appropriation();
        BudgetEntry allocation = appropriation.post(allocation(appropriation.id(), "1.00", LocalDate.of(2017, 2, 1)),
                STAMP);

        assertThatThrownBy(() -> appropriation.post(new Posting(EntryKind.PAYMENT, appropriation.id(), null,
                Money.of("1.00", "KZT"), LocalDate.of(2017, 2, 1), null), STAMP))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("against allocation");
        assertThatThrownBy(() -> allocation.post(allocation(allocation.id(), "1.00", LocalDate.of(2017, 2, 1)), STAMP))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("against appropriation");
    }

    @Test
    void aPostingOutsideTheYearInAnotherCurrencyOrNotAboveZeroIsRefused() {
        BudgetEntry appropriation = appropriation();

        assertThatThrownBy(() -> appropriation.post(allocation(appropriation.id(), "1.00", LocalDate.of(2018, 1, 1)),
                STAMP)).isInstanceOf(InvalidInputException.class).hasMessageContaining("outside fiscal year 2017");
        assertThatThrownBy(() -> appropriation.post(new Posting(EntryKind.ALLOCATION, appropriation.id(),
                Target.investigation("171100031000123"), Money.of("1.00", "USD"), LocalDate.of(2017, 3, 1), null),
                STAMP)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("in KZT");
        assertThatThrownBy(() -> appropriation.post(allocation(appropriation.id(), "0.00", LocalDate.of(2017, 3, 1)),
                STAMP)).isInstanceOf(InvalidInputException.class).hasMessageContaining("above zero");
    }

    @Test
    void aReversalMirrorsTheEntryWithTheOppositeAmountAndCannotItselfBeReversed() {
        BudgetEntry appropriation = appropriation();
        BudgetEntry allocation = appropriation.post(allocation(appropriation.id(), "250.00", LocalDate.of(2017, 2, 1)),
                STAMP);

        BudgetEntry reversal = allocation.reversal("entered twice", LocalDate.of(2017, 6, 1), STAMP);

        assertThat(reversal.kind()).isEqualTo(EntryKind.ALLOCATION);
        assertThat(reversal.amount()).isEqualTo(Money.of("-250.00", "KZT"));
        assertThat(reversal.reversesId()).contains(allocation.id());
        assertThat(reversal.parentId()).contains(appropriation.id());
        assertThat(reversal.target()).isEqualTo(allocation.target());
        assertThat(reversal.description()).contains("entered twice");
        assertThat(allocation.amount()).isEqualTo(Money.of("250.00", "KZT"));
        assertThatThrownBy(() -> reversal.reversal("undo", LocalDate.of(2017, 6, 2), STAMP))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> allocation.reversal(" ", LocalDate.of(2017, 6, 2), STAMP))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("why");
    }

    @Test
    void anAllocationNamesExactlyOneTarget() {
        assertThatThrownBy(() -> new Posting(EntryKind.ALLOCATION, UUID.randomUUID(), Target.NONE,
                Money.of("1.00", "KZT"), LocalDate.of(2017, 1, 1), null)).hasMessageContaining("named 0");
        assertThatThrownBy(() -> new Posting(EntryKind.ALLOCATION, UUID.randomUUID(),
                new Target(SHELTER, "171100031000123", null), Money.of("1.00", "KZT"), LocalDate.of(2017, 1, 1), null))
                .hasMessageContaining("named 2");
        assertThatThrownBy(() -> Target.investigation("case #1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FundingSource.of("source", "lottery"))
                .hasMessageContaining("republican-budget, local-budget, victims-compensation-fund, donor");
        assertThat(FundingSource.of("source", "Local-Budget")).isEqualTo(FundingSource.LOCAL_BUDGET);
    }
}
