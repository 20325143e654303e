package kz.registry.budget.control;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.LedgerTotals;
import kz.registry.budget.entity.TotalLine;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Restatement;
import kz.registry.money.TengeFigures;
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
        Map<String, TengeFigures<EntryKind>> byPurpose = new LinkedHashMap<>();
        TengeFigures<EntryKind> all = kinds();
        for (TotalLine line : lines) {
            if (line.sum().amount().signum() == 0) {
                continue; // reversed in full: nothing needs no rate
            }
            Restated kzt = restatement.intoTenge(line.sum(), basis);
            byPurpose.computeIfAbsent(line.purpose(), code -> kinds()).add(line.kind(), kzt);
            all.add(line.kind(), kzt);
        }
        List<LedgerTotals.PurposeFigures> purposes = new ArrayList<>();
        byPurpose.forEach((purpose, sums) -> purposes.add(new LedgerTotals.PurposeFigures(purpose,
                figures(sums, target, basis, restatement, false))));
        return new LedgerTotals(year, target, basis.describe(), purposes, figures(all, target, basis, restatement, true));
    }

    private static TengeFigures<EntryKind> kinds() {
        return new TengeFigures<>(List.of(EntryKind.values()));
    }

    private static LedgerTotals.Figures figures(TengeFigures<EntryKind> sums, Currency target, Basis basis,
                                                Restatement restatement, boolean sayIntoKzt) {
        Map<EntryKind, Conversion> converted = sums.restated(target, basis, restatement);
        return new LedgerTotals.Figures(sums.kzt(), converted, sayIntoKzt ? sums.intoKzt() : List.of(), sums.unavailable());
    }
}
