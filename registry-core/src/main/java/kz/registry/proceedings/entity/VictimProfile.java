package kz.registry.proceedings.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.registry.shared.InvalidInputException;

/**
 * What may be known of a victim without knowing who they are: citizenship (ISO 3166 alpha-2;
 * foreign and Kazakhstani victims alike), sex, whether a minor, the form of exploitation.
 */
public record VictimProfile(String citizenship, Sex sex, boolean minor, Exploitation exploitation) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    public static final String KAZAKHSTAN = "KZ";

    public VictimProfile {
        Map<String, String> errors = new HashMap<>();
        citizenship = citizenship == null ? null : citizenship.strip().toUpperCase(Locale.ROOT);
        if (citizenship == null || !COUNTRIES.contains(citizenship)) {
            errors.put("citizenship", "an ISO 3166 country code such as KZ, UZ or GE, not '" + citizenship + "'");
        }
        if (sex == null) {
            errors.put("sex", "FEMALE or MALE");
        }
        if (exploitation == null) {
            errors.put("exploitation", "SEX_TRAFFICKING, FORCED_LABOUR, FORCED_CRIMINALITY, FORCED_BEGGING or OTHER");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public boolean foreign() {
        return !KAZAKHSTAN.equals(citizenship);
    }
}
