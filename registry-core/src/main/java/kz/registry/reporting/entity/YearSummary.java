package kz.registry.reporting.entity;

import java.util.List;
import kz.registry.money.Conversion;
import kz.registry.money.Money;

/**
 * A fiscal year's allocations summed in tenge and converted on one basis, with the sentence a
 * report would write of them, in {@code language}. {@code atLeast}: the year's figures are known
 * to be a floor. {@code previousKzt} and {@code previous} are null when nothing was allocated the
 * year before. When the basis has no rate for the year, every conversion is null,
 * {@code unavailable} says which rate is missing, and the sentence gives tenge alone.
 */
public record YearSummary(int year, String language, String sentence, String basis, boolean atLeast,
                          Money allocatedKzt, Conversion allocated, List<PurposeFigure> purposes, Integer previousYear,
                          Money previousKzt, Conversion previous, String unavailable) {

    public YearSummary {
        purposes = List.copyOf(purposes);
    }

    /**
     * What one purpose received, in tenge and converted (null when unavailable), with the phrase the
     * sentence uses, the one shelter it all went to (null when not one), and the year before's figures.
     */
    public record PurposeFigure(String purpose, String phrase, Money kzt, Conversion allocated, String shelter,
                                String city, Money previousKzt, Conversion previous) {
    }
}
