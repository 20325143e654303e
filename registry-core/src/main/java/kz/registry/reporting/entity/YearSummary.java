package kz.registry.reporting.entity;

import java.util.List;
import kz.registry.money.Conversion;
import kz.registry.money.Money;

/**
 * A fiscal year's allocations summed in tenge and converted on one basis, with the sentence the
 * TIP report would write of them. {@code previousKzt} and {@code previous} are null when nothing
 * was allocated the year before. When the basis has no rate for the year, every conversion is
 * null, {@code unavailable} says which rate is missing, and the sentence gives tenge alone.
 */
public record YearSummary(int year, String sentence, String basis, Money allocatedKzt, Conversion allocated,
                          List<PurposeFigure> purposes, Integer previousYear, Money previousKzt, Conversion previous,
                          String unavailable) {

    public YearSummary {
        purposes = List.copyOf(purposes);
    }

    /** What one purpose received, in tenge and converted (null when unavailable), with the phrase the sentence uses. */
    public record PurposeFigure(String purpose, String phrase, Money kzt, Conversion allocated) {
    }
}
