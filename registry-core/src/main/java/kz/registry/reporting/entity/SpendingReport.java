package kz.registry.reporting.entity;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.RateUsed;

/**
 * The spending report as its reader gets it: per fiscal year and the dimensions asked for, each
 * figure in KZT and restated in the target currency on a stated basis, and the total.
 *
 * @param basis what the rows were converted on, in words
 */
public record SpendingReport(SpendingQuery query, Currency currency, String basis, List<Row> rows, Total total) {

    /** The figures of every row, in the order a reader expects them. */
    public static final List<String> FIGURES = List.of("appropriated", "allocated", "committed", "paid");

    public SpendingReport {
        rows = List.copyOf(rows);
    }

    /**
     * One group. A dimension the report does not group by is null. A figure missing from
     * {@code kzt} had a part in another currency with no rate into KZT; {@code unavailable} then
     * says which rate is missing, and the row is not converted.
     *
     * @param intoKzt how parts recorded in other currencies were put into KZT
     */
    public record Row(int year, String source, String purpose, UUID shelterId, String shelterName, String city,
                      String caseNumber, Basis basis, Map<String, Money> kzt, Map<String, Conversion> converted,
                      List<Conversion> intoKzt, String unavailable) {

        public Row {
            kzt = Map.copyOf(kzt);
            converted = Map.copyOf(converted);
            intoKzt = List.copyOf(intoKzt);
        }

        public Optional<Money> kzt(String figure) {
            return Optional.ofNullable(kzt.get(figure));
        }

        public Optional<Conversion> converted(String figure) {
            return Optional.ofNullable(converted.get(figure));
        }

        /** The rate into the target currency, the same for every figure of the row. */
        public Optional<RateUsed> targetRate() {
            return converted.values().stream().findFirst().map(conversion -> conversion.rates().getLast());
        }
    }

    /**
     * The rows added up: a figure in KZT only where every row has it, and converted only when every
     * row is (different rows may use different rates, so the converted total adds the rows'
     * converted figures).
     */
    public record Total(int rows, Map<String, Money> kzt, Map<String, Money> converted) {

        public Total {
            kzt = Map.copyOf(kzt);
            converted = converted == null ? null : Map.copyOf(converted);
        }
    }
}
