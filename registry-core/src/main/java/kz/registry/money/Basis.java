package kz.registry.money;

import java.time.LocalDate;

/**
 * Which rates a conversion uses. Every report says which it used.
 * <ul>
 * <li>{@link ValueDate}: the official rate of the day (the last published on or before it);</li>
 * <li>{@link YearAverage}: the mean of the official rates published in a calendar year;</li>
 * <li>{@link Fixed}: a named rate a publication uses throughout, such as a report's;</li>
 * <li>{@link Reporting}: a report's reporting basis (its rate, and how it rounds converted
 * figures), the current revision or the one named.</li>
 * </ul>
 */
public sealed interface Basis {

    String describe();

    record ValueDate(LocalDate day) implements Basis {
        public String describe() {
            return "official rate of " + day;
        }
    }

    record YearAverage(int year) implements Basis {
        public String describe() {
            return "average of the official rates of " + year;
        }
    }

    /** @param revision the revision asked for; null: the current one */
    record Fixed(String name, Integer revision) implements Basis {

        public Fixed(String name) {
            this(name, null);
        }

        public String describe() {
            return "fixed rate '" + name + "'" + (revision == null ? "" : ", revision " + revision);
        }
    }

    /** @param revision the revision asked for; null: the current one */
    record Reporting(String name, Integer revision) implements Basis {
        public String describe() {
            return "reporting basis '" + name + "'" + (revision == null ? "" : ", revision " + revision);
        }
    }
}
