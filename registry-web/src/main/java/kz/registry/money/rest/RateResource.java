package kz.registry.money.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.Money;
import kz.registry.money.RateFileFormat;
import kz.registry.money.RateFileOutcome;
import kz.registry.money.RateImportProgress;
import kz.registry.money.RateImportReport;
import kz.registry.money.boundary.RateImports;
import kz.registry.money.boundary.Rates;
import kz.registry.money.entity.ExchangeRate;
import kz.registry.money.entity.FixedRate;
import kz.registry.money.rest.MoneyViews.FixedRateView;
import kz.registry.money.rest.MoneyViews.RateUsedView;
import kz.registry.money.rest.MoneyViews.RateView;
import kz.registry.shared.DecimalText;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.SpokenText;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code /api/rates}: the official rates, in KZT per unit. Everyone signed in reads them;
 * finance officers import files, correct a day's rate and define named fixed rates.
 */
@Path("rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class RateResource {

    static final String DEFAULT_SOURCE = "National Bank of Kazakhstan";

    @Inject
    Rates rates;

    @Inject
    RateImports imports;

    @Context
    UriInfo uriInfo;

    @GET
    public PageView<RateView> published(@QueryParam("currency") String currency, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("offset") String offset,
                                        @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        return PageView.of(rates.published(currency == null || currency.isBlank() ? null : Money.currency(currency),
                        QueryParameters.date("from", from), QueryParameters.date("to", to),
                        QueryParameters.page(offset, limit, sort)), RateView::of);
    }

    /** The rate in force on a day (which may be an earlier day's), and every revision published for that day. */
    @GET
    @Path("{currency}/{date}")
    public Response onDay(@PathParam("currency") String currency, @PathParam("date") String date) {
        var code = Money.currency(currency);
        LocalDate day = QueryParameters.date("date", date);
        List<ExchangeRate> revisions = rates.revisions(code, day);
        var view = new DayView(RateUsedView.of(rates.onDay(code, day)), revisions.stream().map(RateView::of).toList());
        Response.ResponseBuilder response = Response.ok(view);
        if (!revisions.isEmpty()) {
            response.tag(EntityTags.of(revisions.get(revisions.size() - 1).revision()));
        }
        return response.build();
    }

    /** Corrects a day's rate: a new revision; {@code If-Match} carries the revision read. */
    @PUT
    @Path("{currency}/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a corrected publication", value = "{\"rate\": \"331.30\", \"quant\": 1, \"reason\": \"the bank republished the day's rate\"}")}))
    public RateView correct(@PathParam("currency") String currency, @PathParam("date") String date,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Correction input) {
        int revision = Math.toIntExact(EntityTags.versionFromIfMatch(ifMatch));
        return RateView.of(imports.correct(Money.currency(currency), QueryParameters.date("date", date),
                decimal("rate", input.rate()), input.quant() == null ? 1 : input.quant(), input.reason(), revision));
    }

    /**
     * Imports a file of rates, whole or not at all: the bank's daily XML ({@code application/xml})
     * or a CSV of many days ({@code text/csv}, header {@code date,currency,rate,quant}).
     */
    @POST
    @Path("imports")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/xml", examples = @ExampleObject(name = "a day of the National Bank's rates",
            value = "<rates><date>02.01.2018</date><item><fullname>US DOLLAR</fullname><title>USD</title><description>332.33</description><quant>1</quant><index/><change/></item></rates>")))
    public Response importXml(InputStream file, @QueryParam("source") @DefaultValue(DEFAULT_SOURCE) String source,
                              @HeaderParam("Prefer") String prefer) {
        return importFile(RateFileFormat.NBK_XML, file, source, prefer);
    }

    /**
     * With {@code Prefer: respond-async} (a large, multi-year file) the import runs in the
     * background: 202 Accepted, and the job's address to follow its progress.
     */
    @POST
    @Path("imports")
    @Consumes("text/csv")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "rates of several days",
            value = "date,currency,rate,quant\r\n2018-01-02,USD,332.33,1\r\n2018-01-02,UZS,4.08,100\r\n")))
    public Response importCsv(InputStream file, @QueryParam("source") @DefaultValue(DEFAULT_SOURCE) String source,
                              @HeaderParam("Prefer") String prefer) {
        return importFile(RateFileFormat.CSV, file, source, prefer);
    }

    /** A background import: running, done (with its report) or failed (and then nothing was written). */
    @GET
    @Path("imports/{id}")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public JobView importJob(@PathParam("id") UUID id) {
        return JobView.of(imports.job(id));
    }

    /** Imports the new files of the configured rate directory now, each whole or not at all. */
    @POST
    @Path("imports/directory")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public List<RateFileOutcome> importDirectory() {
        return imports.importDirectory();
    }

    private Response importFile(RateFileFormat format, InputStream file, String source, String prefer) {
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            RateImportProgress job = imports.startImport(format, file, source);
            return Response.accepted(JobView.of(job))
                    .location(uriInfo.getAbsolutePathBuilder().path(job.id().toString()).build())
                    .header("Preference-Applied", "respond-async").build();
        }
        return Response.ok(imports.importFile(format, file, source)).build();
    }

    @GET
    @Path("fixed")
    public List<FixedRateView> fixedRates() {
        return rates.fixedRates().stream().map(FixedRateView::of).toList();
    }

    @POST
    @Path("fixed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "the 2018 TIP report's rate", value = "{\"name\": \"TIP 2018\", \"currency\": \"USD\", \"kztPerUnit\": \"331.31\", \"description\": \"US TIP report 2018, Kazakhstan: 162.7 million KZT = $491,080\"}")}))
    public Response defineFixedRate(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @NotNull @Valid NewFixedRate input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<FixedRate> fixed = IdempotentCreation.run(key, () -> imports.defineFixedRate(key, input.name(),
                Money.currency(input.currency()), decimal("kztPerUnit", input.kztPerUnit()), input.description()));
        return IdempotentCreation.answer(Response.status(Response.Status.CREATED), fixed)
                .entity(FixedRateView.of(fixed.record())).build();
    }

    @GET
    @Path("fixed/{name}/{currency}/revisions")
    public Response fixedRateRevisions(@PathParam("name") String name, @PathParam("currency") String currency) {
        List<FixedRate> revisions = rates.fixedRateRevisions(name, Money.currency(currency));
        return Response.ok(revisions.stream().map(FixedRateView::of).toList())
                .tag(EntityTags.of(revisions.getLast().revision())).build();
    }

    /**
     * Corrects one currency's rate in a named fixed set: a new revision ({@code If-Match}: the
     * current one, the ETag of its revisions); the earlier stays, and {@code basisRevision} still
     * computes on it.
     */
    @POST
    @Path("fixed/{name}/{currency}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "the report's errata", value = "{\"kztPerUnit\": \"331.32\", \"reason\": \"the report's errata\"}")}))
    public Response correctFixedRate(@PathParam("name") String name, @PathParam("currency") String currency,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @NotNull @Valid FixedRateCorrection input) {
        int expected = Math.toIntExact(EntityTags.versionFromIfMatch(ifMatch));
        FixedRate corrected = imports.correctFixedRate(name, Money.currency(currency),
                decimal("kztPerUnit", input.kztPerUnit()), input.reason(), expected);
        return Response.created(uriInfo.getAbsolutePath()).tag(EntityTags.of(corrected.revision()))
                .entity(FixedRateView.of(corrected)).build();
    }

    /** A rate as a finance officer states it, such as 331.31: bounded like every decimal the registry reads. */
    private static BigDecimal decimal(String field, String value) {
        return DecimalText.RATE.parse(field, "rate", value);
    }

    public record DayView(RateUsedView inForce, List<RateView> revisions) {
    }

    /** A background import as its starter follows it. */
    public record JobView(UUID id, RateImportProgress.Status status, int done, int total, Integer lastYear, String source,
                          String startedBy, java.time.Instant startedAt, RateImportReport report,
                          @JsonbTypeSerializer(SpokenText.class) String failure) {
        static JobView of(RateImportProgress job) {
            return new JobView(job.id(), job.status(), job.done(), job.total(), job.lastYear(), job.source(),
                    job.startedBy(), job.startedAt(), job.report(), job.failure());
        }
    }

    /** A corrected rate: KZT for {@code quant} units (1 by default), and why. */
    public record Correction(@NotBlank @Schema(example = "331.30") String rate, @Schema(example = "1") Integer quant,
                             @NotBlank
                             @Schema(example = "the National Bank corrected its published rate") String reason) {
    }

    /** A fixed rate corrected: the rate it should have been, and why. */
    public record FixedRateCorrection(@NotBlank @Schema(example = "331.32") String kztPerUnit,
                                      @NotBlank @Schema(example = "the report's errata") String reason) {
    }

    /** One currency's rate in a named fixed set, such as the rate of a report, and where it comes from. */
    public record NewFixedRate(@NotBlank @Schema(example = "TIP 2018") String name,
                               @NotBlank @Schema(example = "USD") String currency,
                               @NotBlank @Schema(example = "331.31") String kztPerUnit,
                               @NotBlank
                               @Schema(example = "US TIP report 2018, Kazakhstan: 162.7 million KZT = $491,080")
                               String description) {
    }
}
