package kz.registry.reporting.rest;

import static kz.registry.shared.rest.Table.column;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Converter;
import kz.registry.money.Money;
import kz.registry.money.RateUsed;
import kz.registry.money.boundary.Conversions;
import kz.registry.money.rest.BasisParameters;
import kz.registry.money.rest.MoneyViews.ConversionView;
import kz.registry.money.rest.MoneyViews.MoneyView;
import kz.registry.reporting.boundary.SpendingReports;
import kz.registry.reporting.entity.LedgerLine;
import kz.registry.reporting.entity.SpendingDimension;
import kz.registry.reporting.entity.SpendingLine;
import kz.registry.reporting.entity.SpendingQuery;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.ReportResponses;
import kz.registry.shared.rest.Table;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/reports/spending}: appropriated, allocated, committed and paid per fiscal year and
 * the dimensions asked for, in KZT and converted on a stated basis with each rate's provenance;
 * and the ledger's entries as an export.
 */
@Path("reports/spending")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV})
@RolesAllowed({Roles.AUDITOR, Roles.FINANCE_OFFICER})
public class SpendingReportResource {

    static final List<String> FIGURES = List.of("appropriated", "allocated", "committed", "paid");
    private static final Currency KZT = Currency.getInstance("KZT");

    @Inject
    SpendingReports reports;

    @Inject
    Conversions conversions;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Operation(summary = "Spending per fiscal year, grouped by source, purpose, shelter, city or investigation",
            description = "Sums of the budget ledger (reversals netted) per fiscal year and the dimensions in groupBy "
                    + "(source, purpose, shelter, city, investigation). Each figure is given in KZT and converted into "
                    + "`currency` on the stated basis (default: the average of each row's fiscal year), with the rates "
                    + "used. Filters: year or fromYear/toYear, source, purpose (comma-separated codes), shelter (id), "
                    + "city, caseNumber. CSV with format=csv or Accept: text/csv; columns: " + SpendingColumns.ROWS)
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "2017 by purpose at the TIP 2018 rate",
                    summary = "GET /api/reports/spending?year=2017&groupBy=purpose&basis=fixed&fixedRate=TIP%202018",
                    value = "{\"fromYear\":2017,\"toYear\":2017,\"groupBy\":[\"purpose\"],\"currency\":\"USD\","
                            + "\"basis\":\"fixed rate 'TIP 2018'\",\"rows\":[{\"year\":2017,\"purpose\":\"investigation-assistance\","
                            + "\"kzt\":{\"allocated\":{\"amount\":\"3700000.00\",\"currency\":\"KZT\"}},"
                            + "\"converted\":{\"allocated\":{\"converted\":{\"amount\":\"11167.79\",\"currency\":\"USD\"}}}}]}")))
    public Response spending(@BeanParam SpendingFilter filter, @QueryParam("groupBy") String groupBy,
                             @QueryParam("currency") String currency, @BeanParam BasisParameters basis,
                             @QueryParam("format") String format) {
        SpendingQuery query = filter.query(SpendingDimension.parse(groupBy));
        Currency target = currency == null || currency.isBlank() ? Currency.getInstance("USD") : Money.currency(currency);
        Basis chosen = basis.basisOr(null);
        List<SpendingRow> rows = rows(reports.spending(query), target, chosen);
        SpendingReportView view = new SpendingReportView(query.fromYear(), query.toYear(),
                query.groupBy().stream().sorted().map(SpendingDimension::parameter).toList(), target.getCurrencyCode(),
                chosen == null ? "average of the official rates of each row's fiscal year" : chosen.describe(),
                rows.stream().map(SpendingRow::view).toList(), totals(rows, target));
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "spending", view,
                SpendingColumns.ROW_TABLE, rows);
    }

    @GET
    @Path("entries")
    @Operation(summary = "The budget ledger's entries, streamed (export)",
            description = "Every appropriation, allocation, commitment and payment the filters cover, reversals as "
                    + "negative entries, ordered by fiscal year and posting. Streamed as it is read; columns: "
                    + SpendingColumns.ENTRIES)
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(mediaType = ReportResponses.CSV,
            examples = @ExampleObject(name = "one allocation", value = SpendingColumns.ENTRIES + "\r\n"
                    + "0b4e...,allocation,2017,republican-budget,shelter-assistance,9d1f...,5c2a...,Shelter in Almaty,"
                    + "Almaty,,,14454545.45,KZT,2017-02-01,,2026-11-28T10:00:00Z,system\r\n")))
    public Response entries(@BeanParam SpendingFilter filter, @QueryParam("format") String format) {
        SpendingQuery query = filter.query(java.util.Set.of());
        return ReportResponses.streamed(ReportResponses.format(format, headers), "ledger-entries",
                SpendingColumns.ENTRY_TABLE, sink -> reports.eachEntry(query, sink));
    }

    /** The report's rows: one per group, every currency recorded turned into KZT, then into the target. */
    private List<SpendingRow> rows(List<SpendingLine> lines, Currency target, Basis chosen) {
        Map<GroupKey, SpendingRow> rows = new LinkedHashMap<>();
        Map<String, Optional<Converter>> converters = new HashMap<>();
        for (SpendingLine line : lines) {
            Basis basis = chosen != null ? chosen : new Basis.YearAverage(line.year());
            SpendingRow row = rows.computeIfAbsent(GroupKey.of(line), key -> new SpendingRow(key, basis));
            Currency recorded = Money.currency(line.currency());
            List<Money> sums = List.of(line.appropriated(), line.allocated(), line.committed(), line.paid()).stream()
                    .map(sum -> Money.rounded(sum, recorded, RoundingMode.HALF_EVEN)).toList();
            for (int i = 0; i < FIGURES.size(); i++) {
                Money kzt = sums.get(i);
                if (!recorded.equals(KZT)) {
                    Optional<Converter> intoKzt = converter(converters, recorded, KZT, basis, row);
                    if (intoKzt.isEmpty()) {
                        continue;
                    }
                    Conversion conversion = intoKzt.get().convert(kzt);
                    row.intoKzt.add(ConversionView.of(conversion));
                    kzt = conversion.converted();
                }
                row.kzt.merge(FIGURES.get(i), kzt, Money::plus);
            }
        }
        for (SpendingRow row : rows.values()) {
            converter(converters, KZT, target, row.basis, row).ifPresent(converter -> FIGURES.forEach(figure ->
                    row.converted.put(figure, converter.convert(row.kzt.getOrDefault(figure, Money.of("0", "KZT"))))));
        }
        return new ArrayList<>(rows.values());
    }

    /** One converter per currency pair and basis; a missing rate is said on the row, not guessed. */
    private Optional<Converter> converter(Map<String, Optional<Converter>> cache, Currency from, Currency to, Basis basis,
                                          SpendingRow row) {
        Optional<Converter> converter = cache.computeIfAbsent(from + ">" + to + "@" + basis, key -> {
            try {
                return Optional.of(conversions.converter(from, to, basis));
            } catch (BusinessRuleException | UnknownRecordException noRate) {
                return Optional.empty();
            }
        });
        if (converter.isEmpty()) {
            row.unavailable = "no " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " rate on the basis: "
                    + basis.describe();
        }
        return converter;
    }

    private static SpendingTotalView totals(List<SpendingRow> rows, Currency target) {
        Map<String, Money> kzt = new LinkedHashMap<>();
        Map<String, Money> converted = new LinkedHashMap<>();
        boolean complete = true;
        for (SpendingRow row : rows) {
            FIGURES.forEach(figure -> kzt.merge(figure, row.kzt.getOrDefault(figure, Money.of("0", "KZT")), Money::plus));
            complete &= row.unavailable == null;
            row.converted.forEach((figure, conversion) -> converted.merge(figure, conversion.converted(), Money::plus));
        }
        Map<String, MoneyView> inKzt = new LinkedHashMap<>();
        FIGURES.forEach(figure -> inKzt.put(figure, MoneyView.of(kzt.getOrDefault(figure, Money.of("0", "KZT")))));
        Map<String, MoneyView> inTarget = new LinkedHashMap<>();
        if (complete) {
            FIGURES.forEach(figure -> inTarget.put(figure, MoneyView.of(converted.getOrDefault(figure,
                    Money.of("0", target.getCurrencyCode())))));
        }
        return new SpendingTotalView(rows.size(), inKzt, complete ? inTarget : null);
    }

    /** What one row groups: null where the report does not group by it. */
    record GroupKey(int year, String source, String purpose, UUID shelterId, String shelterName, String city,
                    String caseNumber) {
        static GroupKey of(SpendingLine line) {
            return new GroupKey(line.year(), line.source(), line.purpose(), line.shelterId(), line.shelterName(),
                    line.city(), line.caseNumber());
        }
    }

    /** A row being built: its KZT sums, their conversions, and what could not be converted. */
    static final class SpendingRow {
        final GroupKey key;
        final Basis basis;
        final Map<String, Money> kzt = new LinkedHashMap<>();
        final Map<String, Conversion> converted = new LinkedHashMap<>();
        final List<ConversionView> intoKzt = new ArrayList<>();
        String unavailable;

        SpendingRow(GroupKey key, Basis basis) {
            this.key = key;
            this.basis = basis;
        }

        Money kzt(String figure) {
            return kzt.getOrDefault(figure, Money.of("0", "KZT"));
        }

        Optional<Conversion> converted(String figure) {
            return Optional.ofNullable(converted.get(figure));
        }

        /** The rate into the target currency, the same for every figure of the row. */
        Optional<RateUsed> targetRate() {
            return converted.values().stream().findFirst().map(conversion -> conversion.rates().getLast());
        }

        SpendingRowView view() {
            Map<String, MoneyView> inKzt = new LinkedHashMap<>();
            Map<String, ConversionView> inTarget = new LinkedHashMap<>();
            FIGURES.forEach(figure -> {
                inKzt.put(figure, MoneyView.of(kzt(figure)));
                converted(figure).ifPresent(conversion -> inTarget.put(figure, ConversionView.of(conversion)));
            });
            return new SpendingRowView(key.year(), key.source(), key.purpose(), key.shelterId(), key.shelterName(),
                    key.city(), key.caseNumber(), inKzt, inTarget.isEmpty() ? null : inTarget, unavailable,
                    intoKzt.isEmpty() ? null : intoKzt);
        }
    }

    public record SpendingReportView(int fromYear, int toYear, List<String> groupBy, String currency, String basis,
                                     List<SpendingRowView> rows, SpendingTotalView total) {
    }

    public record SpendingRowView(int year, String source, String purpose, UUID shelterId, String shelterName, String city,
                                  String caseNumber, Map<String, MoneyView> kzt, Map<String, ConversionView> converted,
                                  String unavailable, List<ConversionView> intoKzt) {
    }

    public record SpendingTotalView(int rows, Map<String, MoneyView> kzt, Map<String, MoneyView> converted) {
    }

    /** The filters a spending report and the ledger export share ({@code @BeanParam}). */
    public static class SpendingFilter {
        @BeanParam
        YearRange years;
        @QueryParam("source")
        String source;
        @QueryParam("purpose")
        String purpose;
        @QueryParam("shelter")
        String shelter;
        @QueryParam("city")
        String city;
        @QueryParam("caseNumber")
        String caseNumber;

        SpendingQuery query(java.util.Set<SpendingDimension> groupBy) {
            int first = years.first(1993);
            int last = years.last(2100);
            return new SpendingQuery(first, last, codes(source), codes(purpose), QueryParameters.uuid("shelter", shelter),
                    QueryParameters.text(city), QueryParameters.text(caseNumber), groupBy);
        }

        static List<String> codes(String raw) {
            return raw == null || raw.isBlank() ? List.of() : Arrays.stream(raw.split(","))
                    .map(code -> code.strip().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .filter(code -> !code.isEmpty()).toList();
        }
    }
}
