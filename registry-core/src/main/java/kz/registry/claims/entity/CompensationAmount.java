package kz.registry.claims.entity;

import java.time.LocalDate;
import kz.registry.money.Money;

/**
 * What the law grants a category on a day, and why: the category's version, its MCI multiple,
 * the MCI value used (its purpose, date and source) and the product.
 */
public record CompensationAmount(String category, LocalDate categoryValidFrom, int mciMultiple, LocalDate day,
                                 String mciPurpose, LocalDate mciValidFrom, Money mci, String mciSource,
                                 Money amount) {
}
