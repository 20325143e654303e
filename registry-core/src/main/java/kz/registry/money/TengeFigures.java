package kz.registry.money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.registry.money.Restatement.Restated;

/**
 * Named figures of one report line summed in tenge from amounts recorded in any currency, then
 * restated together in a target currency, with {@link Restatement}'s one policy for a missing rate:
 * a figure with a part that could not be put into tenge has no tenge sum, and a line with any
 * figure that cannot be restated has no restated figure at all; the first reason is kept.
 *
 * @param <K> what names a figure (an entry kind, a report column)
 */
public final class TengeFigures<K> {

    private final Map<K, Money> kzt = new LinkedHashMap<>();
    private final List<Conversion> intoKzt = new ArrayList<>();
    private String unavailable;

    /** Every figure at zero tenge, in the order given. */
    public TengeFigures(Collection<K> figures) {
        figures.forEach(figure -> kzt.put(figure, Money.zero(Money.KZT)));
    }

    /** Adds an amount already put into tenge (see {@link Restatement#intoTenge}), or notes why it could not be. */
    public void add(K figure, Restated inTenge) {
        if (inTenge.isMissing()) {
            kzt.remove(figure);
            unavailable = Objects.requireNonNullElse(unavailable, inTenge.missing());
            return;
        }
        if (inTenge.conversion() != null) {
            intoKzt.add(inTenge.conversion());
        }
        kzt.computeIfPresent(figure, (name, sofar) -> sofar.plus(inTenge.value().orElseThrow()));
    }

    /**
     * Every figure restated in {@code target}, in order; none if any figure could not be put into
     * tenge or restated (then {@link #unavailable()} says why).
     */
    public Map<K, Conversion> restated(java.util.Currency target, Basis basis, Restatement restatement) {
        Map<K, Conversion> converted = new LinkedHashMap<>();
        if (unavailable != null) {
            return converted;
        }
        for (Map.Entry<K, Money> figure : kzt.entrySet()) {
            Restated restated = restatement.restate(figure.getValue(), target, basis);
            if (restated.isMissing()) {
                unavailable = restated.missing();
                return new LinkedHashMap<>();
            }
            converted.put(figure.getKey(), restated.conversion());
        }
        return converted;
    }

    /** The tenge sums, in order; a figure with a part that could not be put into tenge is absent. */
    public Map<K, Money> kzt() {
        return Collections.unmodifiableMap(kzt);
    }

    /** How the amounts in other currencies came into tenge. */
    public List<Conversion> intoKzt() {
        return Collections.unmodifiableList(intoKzt);
    }

    /** Why the figures are not all restated, or null. */
    public String unavailable() {
        return unavailable;
    }
}
