package kz.registry.budget.entity;

import java.time.LocalDate;
import kz.registry.money.Money;

/**
 * What a budget grants: an amount for a fiscal year, from a source, for a purpose. The value
 * date (the day the budget was adopted, say) falls in the year; without one it is 1 January.
 */
public record AppropriationTerms(int year, FundingSource source, String purpose, Money amount, LocalDate valueDate,
                                 String description) {

    public AppropriationTerms {
        year = FiscalPeriod.checkedYear(year);
        purpose = Purpose.normalCode(purpose);
        valueDate = valueDate == null ? LocalDate.of(year, 1, 1) : valueDate;
    }
}
