package kz.registry.reporting.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.registry.shared.UnknownRecordException;

/**
 * The open data as published at one moment: the spending package, the compensation statistics
 * package and the zip of both, each file whole, and the statistics' tables for the page.
 *
 * @param expires     when it is built again: readers may keep it until then
 * @param minimumCell the fewest victims a published figure rests on
 */
public record Publication(Instant built, Instant expires, int minimumCell, List<OpenDataFile> files, OpenDataFile zip,
                          List<StatisticsTable> statistics) {

    public Publication {
        files = List.copyOf(files);
        statistics = List.copyOf(statistics);
    }

    /** One file of the publication (the zip too), or a 404 naming where the files are listed. */
    public OpenDataFile file(String path) {
        Optional<OpenDataFile> found = zip.path().equals(path) ? Optional.of(zip)
                : files.stream().filter(file -> file.path().equals(path)).findFirst();
        return found.orElseThrow(() -> new UnknownRecordException("open data file", path,
                "No open data file is named '" + path + "': GET /api/open-data lists them."));
    }

    /** One table of the statistics as published: null figures are hidden, {@code hidden} says why. */
    public record StatisticsTable(String dimension, String file, List<StatisticsRow> rows) {
        public StatisticsTable {
            rows = List.copyOf(rows);
        }
    }

    public record StatisticsRow(int year, String value, Long victims, Long claims, Long claimsApproved,
                                java.math.BigDecimal approvedKzt, Long claimsPaid, java.math.BigDecimal paidKzt,
                                Long claimsDecided, java.math.BigDecimal meanDaysToDecision, String hidden,
                                String decisionHidden) {
    }
}
