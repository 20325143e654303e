package kz.registry.reporting.entity;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One group of a spending report, in the currency the entries were recorded in, reversals
 * netted. A dimension the report does not group by is null. Appropriations carry no target, so
 * grouped by shelter or investigation they fall in the group without one.
 */
public record SpendingLine(int year, String source, String purpose, UUID shelterId, String shelterName, String city,
                           String caseNumber, String currency, BigDecimal appropriated, BigDecimal allocated,
                           BigDecimal committed, BigDecimal paid) {
}
