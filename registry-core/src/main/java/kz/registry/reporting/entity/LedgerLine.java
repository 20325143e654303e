package kz.registry.reporting.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One budget ledger entry as an export shows it. */
public record LedgerLine(UUID id, String kind, int year, String source, String purpose, UUID parentId,
                         UUID shelterId, String shelterName, String city, String caseNumber, String recipient,
                         BigDecimal amount, String currency, LocalDate valueDate, UUID reversesId, Instant postedAt,
                         String postedBy) {
}
