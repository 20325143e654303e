package kz.registry.claims.entity;

import java.util.Locale;
import kz.registry.shared.Configuration;

/**
 * Which day's MCI a claim's amount uses, and of which purpose. The law's text leaves the day
 * open (docs/domain.md marks it unverified): a policy of the deployment, the decision date by
 * default ({@code registry.claims.mci-day} = decision-date or payment-date), with the general
 * MCI ({@code registry.claims.mci-purpose}).
 */
public record MciPolicy(Day day, String purpose) {

    public static final String DAY = "registry.claims.mci-day";
    public static final String PURPOSE = "registry.claims.mci-purpose";

    public enum Day {
        DECISION_DATE, PAYMENT_DATE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static MciPolicy configured() {
        String day = Configuration.value(DAY).orElse("decision-date").strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return new MciPolicy(Day.valueOf(day), MciValue.purpose(Configuration.value(PURPOSE).orElse(MciValue.GENERAL)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(DAY + " must be decision-date or payment-date, not '"
                    + Configuration.value(DAY).orElse("") + "'", e);
        }
    }
}
