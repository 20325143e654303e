package kz.registry.claims.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import kz.registry.claims.entity.CompensationAmount;
import kz.registry.claims.entity.CompensationCategory;
import kz.registry.claims.entity.MciValue;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.UnknownRecordException;

/** The law's arithmetic: which MCI and which category version hold on a day, and their product. */
public final class CompensationAmounts {

    private CompensationAmounts() {
    }

    /**
     * The MCI in force on a day for a purpose: the latest value from on or before the day, of
     * that purpose or the general one; on the same date the purpose's own value wins.
     */
    public static MciValue mciOn(List<MciValue> table, String purpose, LocalDate day) {
        String wanted = MciValue.purpose(purpose);
        return table.stream()
                .filter(value -> value.purpose().equals(wanted) || value.purpose().equals(MciValue.GENERAL))
                .filter(value -> !value.validFrom().isAfter(day))
                .max(Comparator.comparing(MciValue::validFrom)
                        .thenComparing(value -> value.purpose().equals(wanted) ? 1 : 0))
                .orElseThrow(() -> new BusinessRuleException("There is no MCI value for " + day + " (purpose "
                        + wanted + "): an administrator records the budget law's value first."));
    }

    /** The version of a category in force on a day. */
    public static CompensationCategory categoryOn(List<CompensationCategory> versions, String code, LocalDate day) {
        List<CompensationCategory> ofCode = versions.stream().filter(version -> version.code().equals(code)).toList();
        if (ofCode.isEmpty()) {
            throw new UnknownRecordException("compensation category", code);
        }
        return ofCode.stream()
                .filter(version -> !version.validFrom().isAfter(day))
                .max(Comparator.comparing(CompensationCategory::validFrom))
                .orElseThrow(() -> new BusinessRuleException("Compensation category '" + code + "' is not in force on "
                        + day + " (it is from " + ofCode.stream().map(CompensationCategory::validFrom)
                        .min(Comparator.naturalOrder()).orElseThrow() + ")."));
    }

    /** The category's MCI multiple times the MCI: exact, in whole tiyn. */
    public static CompensationAmount amount(CompensationCategory category, MciValue mci, LocalDate day) {
        BigDecimal product = mci.amount().amount().multiply(BigDecimal.valueOf(category.mciMultiple()));
        return new CompensationAmount(category.code(), category.validFrom(), category.mciMultiple(), day,
                mci.purpose(), mci.validFrom(), mci.amount(), mci.source(),
                Money.rounded(product, mci.amount().currency(), RoundingMode.UNNECESSARY));
    }
}
