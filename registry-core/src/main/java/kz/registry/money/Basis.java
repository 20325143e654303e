package kz.registry.money;

import java.time.LocalDate;

/**
 * Which rates a conversion uses. Every report says which it used.
 * <ul>
 * <li>{@link ValueDate}: the official rate of the day (the last published on or before it);</li>
 * <li>{@link YearAverage}: the mean of the official rates published in a calendar year;</li>
 * <li>{@link Fixed}: a named rate a publication uses throughout, such as a report's.</li>
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

    record Fixed(String name) implements Basis {
        public String describe() {
            return "fixed rate '" + name + "'";
        }
    }
}
