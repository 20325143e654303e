package kz.registry.budget.rest;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.registry.budget.BulkEntryProgress;
import kz.registry.budget.boundary.BulkEntries;
import kz.registry.budget.entity.BudgetEntry;
import kz.registry.budget.entity.EntryKind;
import kz.registry.budget.entity.EntryState;
import kz.registry.budget.entity.FiscalPeriod;
import kz.registry.budget.entity.LedgerTotals;
import kz.registry.budget.entity.Purpose;
import kz.registry.budget.entity.Target;
import kz.registry.money.rest.MoneyViews.ConversionView;
import kz.registry.money.rest.MoneyViews.MoneyView;
import kz.registry.shared.rest.SpokenText;

/** How the budget looks on the wire. */
public final class BudgetViews {

    private BudgetViews() {
    }

    /**
     * A ledger entry with what stands against it ({@code against}) and its amount in KZT and
     * USD ({@code equivalents}), each with the rates used and where they come from.
     */
    public record EntryView(UUID id, String kind, int fiscalYear, String source, String purpose,
                            UUID appropriationId, UUID parentId, TargetView target, MoneyView amount,
                            LocalDate valueDate, String agency, String description, UUID reverses, UUID reversedBy,
                            UUID batchId,
                            Instant postedAt, String postedBy, List<UseView> against,
                            List<EquivalentView> equivalents) {

        static EntryView of(EntryState state, List<EquivalentView> equivalents) {
            BudgetEntry entry = state.entry();
            return new EntryView(entry.id(), entry.kind().recordType(), entry.fiscalYear(), entry.source().code(),
                    entry.purpose(), entry.appropriationId().orElse(null), entry.parentId().orElse(null),
                    TargetView.of(entry.target()), MoneyView.of(entry.amount()), entry.valueDate(),
                    entry.agency().orElse(null), entry.description().orElse(null), entry.reversesId().orElse(null),
                    state.reversedBy(),
                    entry.batchId().orElse(null), entry.postedAt(), entry.postedBy(),
                    state.usedBelow().keySet().stream().sorted()
                            .map(kind -> new UseView(kind.recordType(), MoneyView.of(state.used(kind)),
                                    MoneyView.of(state.remaining(kind))))
                            .toList(),
                    equivalents);
        }
    }

    public record TargetView(UUID shelterId, String caseNumber, String recipient) {
        static TargetView of(Target target) {
            return target.isNone() ? null : new TargetView(target.shelterId(), target.caseNumber(), target.recipient());
        }
    }

    /** What entries of one kind use of this entry (reversals netted), and what is left for them. */
    public record UseView(String kind, MoneyView used, MoneyView remaining) {
    }

    /** The amount in another currency with its provenance, or why it has none (no rate for the day, say). */
    public record EquivalentView(String currency, ConversionView conversion,
                                 @JsonbTypeSerializer(SpokenText.class) String unavailable) {
    }

    public record PeriodView(int year, String state, boolean incomplete, Instant openedAt, String openedBy,
                             Instant closedAt, String closedBy) {
        static PeriodView of(FiscalPeriod period) {
            return new PeriodView(period.year(), period.state().name(), period.incomplete(), period.openedAt(),
                    period.openedBy(), period.closedAt().orElse(null), period.closedBy().orElse(null));
        }
    }

    public record PurposeView(String code, String name, String nameRu, String nameKk) {
        static PurposeView of(Purpose purpose) {
            return new PurposeView(purpose.code(), purpose.name(), purpose.nameRu().orElse(null),
                    purpose.nameKk().orElse(null));
        }
    }

    /** A posted file: its batch, how many entries, their sum per currency. */
    public record BatchView(UUID id, String kind, int entries, Map<String, MoneyView> totals, Instant postedAt,
                            String postedBy) {
        static BatchView of(BulkEntries.BatchSummary summary) {
            Map<String, MoneyView> totals = new java.util.TreeMap<>();
            summary.totals().forEach((currency, sum) -> totals.put(currency, MoneyView.of(sum)));
            return new BatchView(summary.batch().id(), summary.batch().kind().recordType(), summary.batch().entries(),
                    totals, summary.batch().postedAt(), summary.batch().postedBy());
        }
    }

    /** A file posting in the background: lines through so far, and how it ended. */
    public record JobView(UUID id, String kind, String status, int done, int lines, UUID batchId,
                          @JsonbTypeSerializer(SpokenText.class) String failure, List<LineError> errors, Instant startedAt, String startedBy) {
        static JobView of(BulkEntryProgress job) {
            return new JobView(job.id(), job.recordType(), job.status().name(), job.done(), job.lines(),
                    job.batchId(), job.failure(),
                    job.lineErrors().entrySet().stream().map(e -> new LineError(e.getKey(), e.getValue())).toList(),
                    job.startedAt(), job.startedBy());
        }
    }

    public record LineError(String line, @JsonbTypeSerializer(SpokenText.class) String message) {
    }

    /** A year's budget by purpose, and in all; every figure in KZT and in the chosen currency. */
    public record TotalsView(int year, String currency, @JsonbTypeSerializer(SpokenText.class) String basis,
                             List<PurposeTotals> purposes, Figures total) {
    }

    public record PurposeTotals(String purpose, Figures figures) {
    }

    /**
     * The sums of each kind (appropriated, allocated, committed, paid), reversals netted: in KZT
     * (sums in other currencies converted into KZT, each conversion in {@code intoKzt}), and the
     * KZT figure converted to the chosen currency with the rates used.
     */
    public record Figures(Map<String, MoneyView> kzt, Map<String, ConversionView> converted,
                          List<ConversionView> intoKzt, @JsonbTypeSerializer(SpokenText.class) String unavailable) {
        static Figures of(LedgerTotals.Figures figures) {
            Map<String, MoneyView> kzt = new LinkedHashMap<>();
            Map<String, ConversionView> converted = new LinkedHashMap<>();
            for (EntryKind kind : EntryKind.values()) {
                if (figures.kzt().containsKey(kind)) {
                    kzt.put(figureName(kind), MoneyView.of(figures.kzt().get(kind)));
                }
                if (figures.converted().containsKey(kind)) {
                    converted.put(figureName(kind), ConversionView.of(figures.converted().get(kind)));
                }
            }
            return new Figures(kzt, converted.isEmpty() ? null : converted,
                    figures.intoKzt().stream().map(ConversionView::of).toList(), figures.unavailable());
        }
    }

    static String figureName(EntryKind kind) {
        return switch (kind) {
            case APPROPRIATION -> "appropriated";
            case ALLOCATION -> "allocated";
            case COMMITMENT -> "committed";
            case PAYMENT -> "paid";
        };
    }
}
