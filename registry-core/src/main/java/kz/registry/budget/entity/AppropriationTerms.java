package kz.registry.budget.entity;

import java.time.LocalDate;
import kz.registry.money.Money;

/**
 * What a budget grants: an amount for a fiscal year, from a source, for a purpose, and the agency
 * that allocates it when the entry says (a ministry, an akimat; reports name it). The value date
 * (the day the budget was adopted, say) falls in the year; without one it is 1 January.
 */
public record AppropriationTerms(int year, FundingSource source, String purpose, Money amount, LocalDate valueDate,
                                 String agency, String description) {

    public static final int AGENCY_LENGTH = 200;

    public AppropriationTerms {
        year = FiscalPeriod.checkedYear(year);
        purpose = Purpose.normalCode(purpose);
        valueDate = valueDate == null ? LocalDate.of(year, 1, 1) : valueDate;
        agency = agency == null || agency.isBlank() ? null : agency.strip();
        if (agency != null && agency.length() > AGENCY_LENGTH) {
            throw new kz.registry.shared.InvalidInputException("agency", "at most " + AGENCY_LENGTH + " characters");
        }
    }
}
