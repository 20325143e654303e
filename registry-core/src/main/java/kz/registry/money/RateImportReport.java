package kz.registry.money;

import java.time.LocalDate;
import java.util.UUID;

/** What an import of rates did: how many rates, days and currencies, and how many were new, unchanged or corrected. */
public record RateImportReport(UUID id, String source, int rates, int days, int currencies, LocalDate firstDay,
                               LocalDate lastDay, int added, int unchanged, int corrected) {
}
