package kz.registry.budget.entity;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import kz.registry.money.Conversion;
import kz.registry.money.Money;

/**
 * A fiscal year's figures by purpose and in all, in KZT and restated in a target currency on a
 * stated basis.
 */
public record LedgerTotals(int year, Currency currency, String basis, List<PurposeFigures> purposes, Figures total) {

    public LedgerTotals {
        purposes = List.copyOf(purposes);
    }

    public record PurposeFigures(String purpose, Figures figures) {
    }

    /**
     * One set of figures by kind. A kind missing from {@code kzt} had a part recorded in another
     * currency with no rate into KZT; {@code unavailable} then says which rate is missing, and
     * nothing is converted.
     *
     * @param intoKzt how parts recorded in other currencies were put into KZT
     */
    public record Figures(Map<EntryKind, Money> kzt, Map<EntryKind, Conversion> converted, List<Conversion> intoKzt,
                          String unavailable) {

        public Figures {
            kzt = Map.copyOf(kzt);
            converted = Map.copyOf(converted);
            intoKzt = List.copyOf(intoKzt);
        }
    }
}
