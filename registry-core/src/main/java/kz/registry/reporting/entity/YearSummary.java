package kz.registry.reporting.entity;

import java.util.List;
import kz.registry.money.Conversion;

/**
 * A fiscal year's allocations summed and converted on one basis, with the sentence the TIP
 * report would write of them. {@code previous} is null when nothing was allocated the year
 * before.
 */
public record YearSummary(int year, String sentence, String basis, Conversion allocated, List<PurposeFigure> purposes,
                          Integer previousYear, Conversion previous) {

    public YearSummary {
        purposes = List.copyOf(purposes);
    }

    /** What one purpose received, with the phrase the sentence uses for it. */
    public record PurposeFigure(String purpose, String phrase, Conversion allocated) {
    }
}
