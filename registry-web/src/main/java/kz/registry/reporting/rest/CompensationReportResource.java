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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.registry.reporting.boundary.CompensationReports;
import kz.registry.reporting.entity.CompensationDimension;
import kz.registry.reporting.entity.CompensationLine;
import kz.registry.reporting.entity.CompensationQuery;
import kz.registry.reporting.entity.RecourseLine;
import kz.registry.reporting.entity.WaitingClaim;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.ReportResponses;
import kz.registry.shared.rest.Table;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.registry.shared.rest.QueryDoc;

/**
 * {@code /api/reports/compensation}: claims counted and summed by the dimensions asked for, the
 * claims past the two-month target, and recourse per proceeding. Victims by code only.
 */
@Path("reports/compensation")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV, ReportResponses.XLSX})
@RolesAllowed({Roles.AUDITOR, Roles.COURT_CLERK})
public class CompensationReportResource {

    static final String ROWS = "year,category,status,origin,citizenship,sex,minor,exploitation,claims,decided,"
            + "approved_claims,approved_kzt,paid_claims,paid_kzt,recovered_kzt,average_days_to_decision,"
            + "max_days_to_decision,average_days_to_payment,max_days_to_payment,waiting_past_target,decided_late";
    static final String WAITING = "claim_code,victim_code,proceeding,category,status,filed_on,days_waiting";
    static final String RECOURSE = "proceeding,claims,due_kzt,recovered_kzt,outstanding_kzt";

    static final Table<CompensationLine> ROW_TABLE = Table.of(
            column("year", line -> line.keys().get(CompensationDimension.YEAR)),
            column("category", line -> line.keys().get(CompensationDimension.CATEGORY)),
            column("status", line -> line.keys().get(CompensationDimension.STATUS)),
            column("origin", line -> line.keys().get(CompensationDimension.ORIGIN)),
            column("citizenship", line -> line.keys().get(CompensationDimension.CITIZENSHIP)),
            column("sex", line -> line.keys().get(CompensationDimension.SEX)),
            column("minor", line -> line.keys().get(CompensationDimension.MINOR)),
            column("exploitation", line -> line.keys().get(CompensationDimension.EXPLOITATION)),
            column("claims", CompensationLine::claims),
            column("decided", CompensationLine::decided),
            column("approved_claims", CompensationLine::approvedClaims),
            column("approved_kzt", line -> kzt(line.approved())),
            column("paid_claims", CompensationLine::paidClaims),
            column("paid_kzt", line -> kzt(line.paid())),
            column("recovered_kzt", line -> kzt(line.recovered())),
            column("average_days_to_decision", CompensationLine::averageDaysToDecision),
            column("max_days_to_decision", CompensationLine::maxDaysToDecision),
            column("average_days_to_payment", CompensationLine::averageDaysToPayment),
            column("max_days_to_payment", CompensationLine::maxDaysToPayment),
            column("waiting_past_target", CompensationLine::waitingPastTarget),
            column("decided_late", CompensationLine::decidedLate));

    static final Table<WaitingClaim> WAITING_TABLE = Table.of(
            column("claim_code", WaitingClaim::claimCode),
            column("victim_code", WaitingClaim::victimCode),
            column("proceeding", WaitingClaim::proceeding),
            column("category", WaitingClaim::category),
            column("status", WaitingClaim::status),
            column("filed_on", WaitingClaim::filedOn),
            column("days_waiting", WaitingClaim::daysWaiting));

    static final Table<RecourseLine> RECOURSE_TABLE = Table.of(
            column("proceeding", RecourseLine::proceeding),
            column("claims", RecourseLine::claims),
            column("due_kzt", line -> kzt(line.due())),
            column("recovered_kzt", line -> kzt(line.recovered())),
            column("outstanding_kzt", line -> kzt(line.outstanding())));

    @Inject
    CompensationReports reports;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Operation(summary = "Compensation claims by year, category, status, origin, citizenship, sex, minor, exploitation",
            description = "Counts and KZT sums per group (groupBy, comma-separated; default year of filing): claims, "
                    + "decided, approved and paid (count and amount), recovered, days from filing to decision and to "
                    + "payment (average and maximum), claims undecided past the two-month target on asOf (default "
                    + "today) and decisions that took longer. Filters: year or fromYear/toYear (of filing), category, "
                    + "status, origin (foreign|domestic), citizenship, sex, minor, exploitation, proceeding. CSV columns: "
                    + ROWS)
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "by origin", summary = "GET /api/reports/compensation?groupBy=origin",
                    value = "{\"groupBy\":[\"origin\"],\"asOf\":\"2026-11-28\",\"rows\":[{\"keys\":{\"origin\":\"foreign\"},"
                            + "\"claims\":3,\"decided\":2,\"approvedClaims\":1,\"approved\":\"93240.00\",\"paidClaims\":1,"
                            + "\"paid\":\"93240.00\",\"recovered\":\"0.00\",\"averageDaysToDecision\":\"31.0\","
                            + "\"waitingPastTarget\":1}]}")))
    public Response compensation(@BeanParam ClaimFilter filter, @QueryParam("groupBy") String groupBy,
                                 @QueryParam("format") String format) {
        CompensationQuery query = filter.query(CompensationDimension.parse(groupBy), clock);
        List<CompensationLine> lines = reports.compensation(query);
        List<String> dimensions = query.groupBy().stream().sorted().map(CompensationDimension::parameter).toList();
        CompensationReportView view = new CompensationReportView(query.fromYear(), query.toYear(), dimensions,
                query.asOf(), query.targetCutoff(), lines.stream().map(CompensationRowView::of).toList(),
                CompensationRowView.total(lines));
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "compensation", view, ROW_TABLE,
                lines);
    }

    @GET
    @Path("waiting")
    @Operation(summary = "Claims undecided past the two-month target (export)",
            description = "Received or under review, filed more than two months before asOf (default today), oldest "
                    + "first, by pseudonymous codes. Same filters as the report. Columns: " + WAITING)
    @APIResponse(responseCode = "200", description = "The claims", content = @Content(mediaType = ReportResponses.CSV,
            examples = @ExampleObject(name = "one claim", value = WAITING + "\r\nCL-4F2A9C1B,V-8D3E2A10,DEMO-2024-0001,"
                    + "TRAFFICKING,UNDER_REVIEW,2026-08-03,117\r\n")))
    public Response waiting(@BeanParam ClaimFilter filter, @QueryParam("format") String format) {
        CompensationQuery query = filter.query(Set.of(), clock);
        return ReportResponses.streamed(ReportResponses.format(format, headers), "claims-waiting", WAITING_TABLE,
                sink -> reports.eachWaiting(query, sink));
    }

    @GET
    @Path("recourse")
    @Operation(summary = "Recourse per proceeding: due, recovered, outstanding",
            description = "What the state paid and claims back from each proceeding's convicts, and what came back, in "
                    + "KZT. Filter: proceeding. Columns: " + RECOURSE)
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = ReportResponses.CSV,
            examples = @ExampleObject(name = "one proceeding", value = RECOURSE + "\r\nDEMO-2021-0003,1,83340.00,30000.00,"
                    + "53340.00\r\n")))
    public Response recourse(@QueryParam("proceeding") String proceeding, @QueryParam("format") String format) {
        List<RecourseLine> lines = reports.recourse(QueryParameters.text(proceeding));
        BigDecimal due = lines.stream().map(RecourseLine::due).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recovered = lines.stream().map(RecourseLine::recovered).reduce(BigDecimal.ZERO, BigDecimal::add);
        RecourseView view = new RecourseView(lines.stream().map(line -> new RecourseRowView(line.proceeding(),
                line.claims(), kzt(line.due()), kzt(line.recovered()), kzt(line.outstanding()))).toList(),
                kzt(due), kzt(recovered), kzt(due.subtract(recovered)));
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "recourse", view, RECOURSE_TABLE,
                lines);
    }

    static String kzt(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    public record CompensationReportView(int fromYear, int toYear, List<String> groupBy, LocalDate asOf,
                                         LocalDate filedBeforeIsPastTarget, List<CompensationRowView> rows,
                                         CompensationRowView total) {
    }

    /** A group's figures; amounts are KZT decimal strings, averages days to one decimal. */
    public record CompensationRowView(Map<String, String> keys, long claims, long decided, long approvedClaims,
                                      String approved, long paidClaims, String paid, String recovered,
                                      BigDecimal averageDaysToDecision, Integer maxDaysToDecision,
                                      BigDecimal averageDaysToPayment, Integer maxDaysToPayment,
                                      long waitingPastTarget, long decidedLate) {

        static CompensationRowView of(CompensationLine line) {
            Map<String, String> keys = new LinkedHashMap<>();
            line.keys().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(key -> keys.put(key.getKey().parameter(), key.getValue()));
            return new CompensationRowView(keys, line.claims(), line.decided(), line.approvedClaims(),
                    kzt(line.approved()), line.paidClaims(), kzt(line.paid()), kzt(line.recovered()),
                    line.averageDaysToDecision(), line.maxDaysToDecision(), line.averageDaysToPayment(),
                    line.maxDaysToPayment(), line.waitingPastTarget(), line.decidedLate());
        }

        /** All groups together: sums, and averages over all decided or paid claims. */
        static CompensationRowView total(List<CompensationLine> lines) {
            CompensationLine all = new CompensationLine(Map.of(),
                    lines.stream().mapToLong(CompensationLine::claims).sum(),
                    lines.stream().mapToLong(CompensationLine::decided).sum(),
                    lines.stream().mapToLong(CompensationLine::approvedClaims).sum(),
                    lines.stream().map(CompensationLine::approved).reduce(BigDecimal.ZERO, BigDecimal::add),
                    lines.stream().mapToLong(CompensationLine::paidClaims).sum(),
                    lines.stream().map(CompensationLine::paid).reduce(BigDecimal.ZERO, BigDecimal::add),
                    lines.stream().map(CompensationLine::recovered).reduce(BigDecimal.ZERO, BigDecimal::add),
                    lines.stream().mapToLong(CompensationLine::daysToDecision).sum(),
                    lines.stream().map(CompensationLine::maxDaysToDecision).filter(java.util.Objects::nonNull)
                            .max(Integer::compare).orElse(null),
                    lines.stream().mapToLong(CompensationLine::daysToPayment).sum(),
                    lines.stream().map(CompensationLine::maxDaysToPayment).filter(java.util.Objects::nonNull)
                            .max(Integer::compare).orElse(null),
                    lines.stream().mapToLong(CompensationLine::waitingPastTarget).sum(),
                    lines.stream().mapToLong(CompensationLine::decidedLate).sum());
            return of(all);
        }
    }

    public record RecourseView(List<RecourseRowView> rows, String due, String recovered, String outstanding) {
    }

    public record RecourseRowView(String proceeding, long claims, String due, String recovered, String outstanding) {
    }

    /** The filters the compensation report and the waiting list share ({@code @BeanParam}). */
    public static class ClaimFilter {
        @BeanParam
        YearRange years;
        @QueryDoc(description = "Only claims of this category (its code)", example = "trafficking-in-persons")
        @QueryParam("category")
        String category;
        @QueryDoc(description = "Only claims in this status (any case)", example = "approved")
        @QueryParam("status")
        String status;
        @QueryDoc(description = "Domestic or foreign victims", values = {"domestic", "foreign"}, example = "foreign")
        @QueryParam("origin")
        String origin;
        @QueryDoc(description = "Only victims of this citizenship (ISO 3166 alpha-2)", example = "UZ")
        @QueryParam("citizenship")
        String citizenship;
        @QueryDoc(description = "Victims of this sex", values = {"FEMALE", "MALE"}, example = "FEMALE")
        @QueryParam("sex")
        String sex;
        @QueryDoc(description = "Only minors (true) or only adults (false)", values = {"true", "false"}, example = "true")
        @QueryParam("minor")
        String minor;
        @QueryDoc(description = "Victims of this form of exploitation", example = "FORCED_LABOUR")
        @QueryParam("exploitation")
        String exploitation;
        @QueryDoc(description = "Only claims filed in the criminal proceeding of this registration number", example = "DEMO-2021-001")
        @QueryParam("proceeding")
        String proceeding;
        @QueryDoc(description = "The claims as they stood at the end of this day", format = "date", example = "2025-12-31")
        @QueryParam("asOf")
        String asOf;

        CompensationQuery query(Set<CompensationDimension> groupBy, Clock clock) {
            int first = years.first(2018);
            int last = years.last(2100);
            LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now(clock) : QueryParameters.date("asOf", asOf);
            return new CompensationQuery(first, last, lower(category), upper(status), lower(origin), upper(citizenship),
                    upper(sex), truth(minor), upper(exploitation), QueryParameters.text(proceeding), day, groupBy);
        }

        private static String upper(String raw) {
            String text = QueryParameters.text(raw);
            return text == null ? null : text.toUpperCase(Locale.ROOT).replace('-', '_');
        }

        private static String lower(String raw) {
            String text = QueryParameters.text(raw);
            return text == null ? null : text.toLowerCase(Locale.ROOT);
        }

        private static Boolean truth(String raw) {
            String text = lower(raw);
            if (text == null) {
                return null;
            }
            return switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new InvalidInputException("minor", "must be true or false");
            };
        }
    }
}
