package kz.registry.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
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
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.registry.money.Money;
import kz.registry.money.rest.BasisParameters;
import kz.registry.money.rest.MoneyViews.ConversionView;
import kz.registry.money.rest.MoneyViews.MoneyView;
import kz.registry.reporting.boundary.SpendingReports;
import kz.registry.reporting.entity.SpendingDimension;
import kz.registry.reporting.entity.SpendingQuery;
import kz.registry.reporting.entity.SpendingReport;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.ReportResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.registry.shared.rest.QueryDoc;
import kz.registry.shared.rest.SpokenText;

/**
 * {@code /api/reports/spending}: appropriated, allocated, committed and paid per fiscal year and
 * the dimensions asked for, in KZT and converted on a stated basis with each rate's provenance;
 * and the ledger's entries as an export.
 */
@Path("reports/spending")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV, ReportResponses.XLSX})
@RolesAllowed({Roles.AUDITOR, Roles.FINANCE_OFFICER})
public class SpendingReportResource {

    @Inject
    SpendingReports reports;

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
        SpendingReport report = reports.report(query, target, basis.basisOr(null));
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "spending",
                SpendingReportView.of(report), SpendingColumns.ROW_TABLE, report.rows());
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

    public record SpendingReportView(int fromYear, int toYear, List<String> groupBy, String currency,
                                     @JsonbTypeSerializer(SpokenText.class) String basis, List<SpendingRowView> rows,
                                     SpendingTotalView total) {
        static SpendingReportView of(SpendingReport report) {
            SpendingQuery query = report.query();
            return new SpendingReportView(query.fromYear(), query.toYear(),
                    query.groupBy().stream().sorted().map(SpendingDimension::parameter).toList(),
                    report.currency().getCurrencyCode(), report.basis(),
                    report.rows().stream().map(SpendingRowView::of).toList(), SpendingTotalView.of(report.total()));
        }
    }

    public record SpendingRowView(int year, String source, String purpose, UUID shelterId, String shelterName, String city,
                                  String caseNumber, Map<String, MoneyView> kzt, Map<String, ConversionView> converted,
                                  @JsonbTypeSerializer(SpokenText.class) String unavailable, List<ConversionView> intoKzt) {
        static SpendingRowView of(SpendingReport.Row row) {
            Map<String, MoneyView> inKzt = new LinkedHashMap<>();
            Map<String, ConversionView> inTarget = new LinkedHashMap<>();
            SpendingReport.FIGURES.forEach(figure -> {
                row.kzt(figure).ifPresent(sum -> inKzt.put(figure, MoneyView.of(sum)));
                row.converted(figure).ifPresent(conversion -> inTarget.put(figure, ConversionView.of(conversion)));
            });
            return new SpendingRowView(row.year(), row.source(), row.purpose(), row.shelterId(), row.shelterName(),
                    row.city(), row.caseNumber(), inKzt, inTarget.isEmpty() ? null : inTarget, row.unavailable(),
                    row.intoKzt().isEmpty() ? null : row.intoKzt().stream().map(ConversionView::of).toList());
        }
    }

    public record SpendingTotalView(int rows, Map<String, MoneyView> kzt, Map<String, MoneyView> converted) {
        static SpendingTotalView of(SpendingReport.Total total) {
            return new SpendingTotalView(total.rows(), figures(total.kzt()),
                    total.converted() == null ? null : figures(total.converted()));
        }

        private static Map<String, MoneyView> figures(Map<String, Money> sums) {
            Map<String, MoneyView> views = new LinkedHashMap<>();
            SpendingReport.FIGURES.stream().filter(sums::containsKey).forEach(figure -> views.put(figure,
                    MoneyView.of(sums.get(figure))));
            return views;
        }
    }

    /** The filters a spending report and the ledger export share ({@code @BeanParam}). */
    public static class SpendingFilter {
        @BeanParam
        YearRange years;
        @QueryDoc(description = "Funding sources to count, comma-separated codes (republican-budget, local-budget, donor)", example = "republican-budget")
        @QueryParam("source")
        String source;
        @QueryDoc(description = "Purposes to count, comma-separated codes", example = "shelter-assistance,investigation-assistance")
        @QueryParam("purpose")
        String purpose;
        @QueryDoc(description = "Only the money allocated to this shelter (its id)", format = "uuid", example = "3f2b8c1e-6d4a-4c1b-9a7e-2b5d8f0c4e91")
        @QueryParam("shelter")
        String shelter;
        @QueryDoc(description = "Only the money allocated to shelters in this city", example = "Almaty")
        @QueryParam("city")
        String city;
        @QueryDoc(description = "Only the money allocated to this criminal case", example = "DEMO-2017-001")
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
