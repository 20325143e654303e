package kz.registry.budget.control;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.LedgerTotals;
import kz.registry.budget.entity.TotalLine;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.Restatement;
import kz.registry.money.Restatement.Restated;

/**
 * A year's sums by purpose, kind and currency made into {@link LedgerTotals}: every currency put
 * into KZT, then restated in the target, with {@link Restatement}'s one policy for a missing rate.
 */
public final class TotalsRestatement {

    private TotalsRestatement() {
    }

    public static LedgerTotals totals(int year, List<TotalLine> lines, Currency target, Basis basis,
                                      Restatement restatement) {
        Map<String, Sums> byPurpose = new LinkedHashMap<>();
        Sums all = new Sums();
        for (TotalLine line : lines) {
            if (line.sum().amount().signum() == 0) {
                continue; // reversed in full: nothing needs no rate
            }
            Sums purpose = byPurpose.computeIfAbsent(line.purpose(), code -> new Sums());
            Restated kzt = restatement.intoTenge(line.sum(), basis);
            purpose.add(line.kind(), kzt);
            all.add(line.kind(), kzt);
        }
        List<LedgerTotals.PurposeFigures> purposes = new ArrayList<>();
        byPurpose.forEach((purpose, sums) -> purposes.add(new LedgerTotals.PurposeFigures(purpose,
                sums.figures(target, basis, restatement, false))));
        return new LedgerTotals(year, target, basis.describe(), purposes, all.figures(target, basis, restatement, true));
    }

    /** Sums by kind in KZT; a kind with a part that could not be put into KZT has none. */
    private static final class Sums {
        final Map<EntryKind, Money> kzt = new EnumMap<>(EntryKind.class);
        final List<Conversion> intoKzt = new ArrayList<>();
        String unavailable;

        Sums() {
            for (EntryKind kind : EntryKind.values()) {
                kzt.put(kind, Money.zero(Money.KZT));
            }
        }

        void add(EntryKind kind, Restated sum) {
            if (sum.isMissing()) {
                kzt.remove(kind);
                unavailable = unavailable == null ? sum.missing() : unavailable;
                return;
            }
            if (sum.conversion() != null) {
                intoKzt.add(sum.conversion());
            }
            kzt.computeIfPresent(kind, (k, sofar) -> sofar.plus(sum.value().orElseThrow()));
        }

        LedgerTotals.Figures figures(Currency target, Basis basis, Restatement restatement, boolean sayIntoKzt) {
            Map<EntryKind, Conversion> converted = new EnumMap<>(EntryKind.class);
            String missing = unavailable;
            for (EntryKind kind : EntryKind.values()) {
                if (missing != null) {
                    break;
                }
                Restated restated = restatement.restate(kzt.get(kind), target, basis);
                if (restated.isMissing()) {
                    missing = restated.missing();
                } else {
                    converted.put(kind, restated.conversion());
                }
            }
            return new LedgerTotals.Figures(kzt, missing == null ? converted : Map.of(), sayIntoKzt ? intoKzt : List.of(),
                    missing);
        }
    }
}
