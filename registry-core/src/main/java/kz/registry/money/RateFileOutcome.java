package kz.registry.money;

/** A rate directory file's import: its report, or why it was refused. */
public record RateFileOutcome(String file, RateImportReport report, String refused) {
}
