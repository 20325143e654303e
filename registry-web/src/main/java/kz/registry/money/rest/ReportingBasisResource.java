package kz.registry.money.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.BasisTerms;
import kz.registry.money.Money;
import kz.registry.money.PrintedPair;
import kz.registry.money.RateDerivation;
import kz.registry.money.ReportWording;
import kz.registry.money.Rounding;
import kz.registry.money.RoundingRule;
import kz.registry.money.boundary.ReportingBases;
import kz.registry.money.entity.ReportingBasis;
import kz.registry.shared.DecimalText;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/reporting-bases}: how each report converts and prints its figures. A finance
 * officer defines a basis from the figure pairs the report prints (the registry works out the
 * rate) or from its stated rate, and corrects it by new revisions ({@code If-Match} with the
 * current revision); everyone signed in reads the bases and every revision. Any converting
 * endpoint takes {@code basis=<name>} (and {@code basisRevision}).
 */
@Path("reporting-bases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class ReportingBasisResource {

    private static final String TIP_2018_EXAMPLE = "{\"name\": \"US TIP 2018\", \"currency\": \"USD\", \"pairs\": ["
            + "{\"kzt\": \"162700000\", \"printed\": \"491080\"}, {\"kzt\": \"159000000\", \"printed\": \"479910\"}, "
            + "{\"kzt\": \"3700000\", \"printed\": \"11170\"}, {\"kzt\": \"25970000\", \"printed\": \"78390\"}], "
            + "\"roundingUnit\": \"10\", \"roundingRule\": \"half-up\", \"tenge\": \"millions\", \"total\": true, "
            + "\"comparison\": \"total\", \"totalPhrase\": \"direct victim assistance\", "
            + "\"totalPhraseRu\": \"прямую помощь жертвам\", \"totalPhraseKk\": \"құрбандарға тікелей көмек\", "
            + "\"description\": \"US Trafficking in Persons report 2018, Kazakhstan (covers 2017)\"}";

    @Inject
    ReportingBases bases;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The reporting bases, each at its current revision")
    public List<BasisView> list() {
        return bases.current().stream().map(BasisView::of).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "A reporting basis at its current revision (ETag: the revision)")
    public Response get(@PathParam("name") String name) {
        ReportingBasis basis = bases.current(name);
        return Response.ok(BasisView.of(basis)).tag(EntityTags.of(basis.revision())).build();
    }

    @GET
    @Path("{name}/revisions")
    @Operation(summary = "Every revision of a reporting basis, the first first")
    public List<BasisView> revisions(@PathParam("name") String name) {
        return bases.revisions(name).stream().map(BasisView::of).toList();
    }

    @GET
    @Path("{name}/revisions/{revision}")
    @Operation(summary = "One revision of a reporting basis, current or superseded")
    public BasisView revision(@PathParam("name") String name, @PathParam("revision") String revision) {
        int asked = QueryParameters.integer("revision", revision, 0);
        return BasisView.of(bases.find(name, asked).orElseThrow(
                () -> new kz.registry.shared.UnknownRecordException(ReportingBases.RECORD_TYPE, name + "/" + asked)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(summary = "Defines a reporting basis",
            description = "From the figure pairs the report prints (the rate that reproduces every one at the rounding"
                    + " is worked out, with the interval of such rates and why this one was chosen; pairs no one rate"
                    + " satisfies are refused, named), or from its stated rate (kztPerUnit), or both (the pairs then"
                    + " check the rate). 201 with the basis; 409 if the name exists (revise it instead).")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "the 2018 TIP report, from its printed pairs", value = TIP_2018_EXAMPLE)}))
    public Response define(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                           @NotNull @Valid BasisInput input) {
        if (input.name() == null || input.name().isBlank()) {
            throw new InvalidInputException("name", "a basis is named after the report it serves (\"US TIP 2018\")");
        }
        if (input.reason() != null) {
            throw new InvalidInputException("reason", "a first revision has no reason; a later revision gives one");
        }
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<ReportingBasis> basis = IdempotentCreation.run(key, () -> bases.define(key, input.name(), input.terms()));
        return IdempotentCreation.answer(Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(basis.record().name()).build()).tag(EntityTags.of(basis.record().revision())), basis)
                .entity(BasisView.of(basis.record())).build();
    }

    @POST
    @Path("{name}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(summary = "Corrects a reporting basis by a new revision",
            description = "The whole basis as it is to be, with the reason; If-Match names the current revision. The"
                    + " earlier revision stays, superseded: figures computed on it can be computed again"
                    + " (basisRevision).")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "the report's errata state its rate", value = "{\"currency\": \"USD\", "
                    + "\"kztPerUnit\": \"331.31\", \"pairs\": [{\"kzt\": \"162700000\", \"printed\": \"491080\"}], "
                    + "\"roundingUnit\": \"10\", \"totalPhrase\": \"direct victim assistance\", "
                    + "\"description\": \"US Trafficking in Persons report 2018, Kazakhstan\", "
                    + "\"reason\": \"the report's errata state the rate: 331.31\"}")}))
    public Response revise(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid BasisInput input) {
        int expected = Math.toIntExact(EntityTags.versionFromIfMatch(ifMatch));
        if (input.name() != null && !input.name().strip().equals(name)) {
            throw new InvalidInputException("name", "a revision keeps its basis's name; leave it out or give '" + name + "'");
        }
        ReportingBasis revised = bases.revise(name, expected, input.terms(), input.reason());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Integer.toString(revised.revision())).build())
                .tag(EntityTags.of(revised.revision())).entity(BasisView.of(revised)).build();
    }

    @POST
    @Path("derivations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Works out the rate printed pairs give, writing nothing",
            description = "The interval of rates that reproduce every pair at the rounding, the rate a basis would"
                    + " take and why, and each pair checked at it; pairs no one rate satisfies are refused (422), named.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "two pairs rounded to the dollar", value = "{\"pairs\": [{\"kzt\": \"1000000\", "
                    + "\"printed\": \"2604\"}, {\"kzt\": \"500000\", \"printed\": \"1302\"}], \"roundingUnit\": \"1\", "
                    + "\"roundingRule\": \"half-up\"}")}))
    public DerivationView derive(@NotNull @Valid DerivationInput input) {
        Rounding rounding = rounding(input.roundingUnit(), input.roundingRule());
        List<PrintedPair> pairs = pairs(input.pairs());
        RateDerivation.Derived derived = RateDerivation.derive(pairs, rounding);
        return new DerivationView(derived.kztPerUnit().toPlainString(), RateView.of(derived),
                PairView.of(pairs, rounding, derived.kztPerUnit()));
    }

    private static Rounding rounding(String unit, String rule) {
        return new Rounding(DecimalText.RATE.parse("roundingUnit", "figure", unit),
                rule == null || rule.isBlank() ? RoundingRule.HALF_UP : RoundingRule.of("roundingRule", rule));
    }

    private static List<PrintedPair> pairs(List<PairInput> pairs) {
        if (pairs == null) {
            return List.of();
        }
        return IntStream.range(0, pairs.size()).mapToObj(i -> new PrintedPair(
                DecimalText.amount(2).parse("pairs[" + i + "].kzt", "figure", pairs.get(i).kzt()),
                DecimalText.amount(4).parse("pairs[" + i + "].printed", "figure", pairs.get(i).printed()))).toList();
    }

    /** One figure pair the report prints: tenge, and the same amount converted as printed. */
    public record PairInput(@NotBlank @Schema(example = "162700000") String kzt,
                            @NotBlank @Schema(example = "491080") String printed) {
    }

    /**
     * A reporting basis as a finance officer states it. {@code name} on a definition (on a
     * revision it is the address's); {@code reason} on a revision only.
     */
    public record BasisInput(
            @Schema(description = "Named after the report it serves", example = "US TIP 2018") String name,
            @NotBlank @Schema(description = "The currency figures are converted into (ISO 4217)", example = "USD")
            String currency,
            @Schema(description = "The rate, KZT per unit, when the report states it; leave it out to derive it from pairs",
                    example = "331.31") String kztPerUnit,
            @Valid @Schema(description = "The figure pairs the report prints") List<PairInput> pairs,
            @NotBlank @Schema(description = "The unit converted figures are rounded to: 1, 10, 100 ...", example = "10")
            String roundingUnit,
            @Schema(description = "half-up (default), half-even, half-down, down (cut off) or up", example = "half-up")
            String roundingRule,
            @Schema(description = "How tenge are written: millions (default) or exact", example = "millions") String tenge,
            @Schema(description = "With millions: significant digits (default: two decimals at most)", example = "4")
            Integer tengeDigits,
            @Schema(description = "Whether the sentence gives a total before its lines (default true)", example = "true")
            Boolean total,
            @Schema(description = "What the year before is compared with: total (default with a total), per-line"
                    + " (default without) or none", example = "total") String comparison,
            @Schema(description = "What the total is for, in English (\"to ...\")", example = "direct victim assistance")
            String totalPhrase,
            @Schema(description = "What the total is for, in Russian (\"на ...\")", example = "прямую помощь жертвам")
            String totalPhraseRu,
            @Schema(description = "What the total is for, in Kazakh (\"... үшін\")", example = "құрбандарға тікелей көмек")
            String totalPhraseKk,
            @NotBlank @Schema(description = "The report it serves, and where its figures are", example = "US TIP report"
                    + " 2018, Kazakhstan") String description,
            @Schema(description = "On a revision: why the basis is corrected", example = "the report's errata")
            String reason) {

        BasisTerms terms() {
            boolean showsTotal = total == null || total;
            ReportWording wording = new ReportWording(
                    tenge == null || tenge.isBlank() ? ReportWording.TengeFormat.MILLIONS
                            : ReportWording.TengeFormat.of("tenge", tenge), tengeDigits, showsTotal,
                    comparison == null || comparison.isBlank()
                            ? (showsTotal ? ReportWording.Comparison.TOTAL : ReportWording.Comparison.PER_LINE)
                            : ReportWording.Comparison.of("comparison", comparison), totalPhrase, totalPhraseRu, totalPhraseKk);
            return new BasisTerms(Money.currency(currency), kztPerUnit == null || kztPerUnit.isBlank() ? null
                    : DecimalText.RATE.parse("kztPerUnit", "figure", kztPerUnit), ReportingBasisResource.pairs(pairs),
                    rounding(roundingUnit, roundingRule), wording, description);
        }
    }

    /** Printed pairs and their rounding, to work out the rate they give. */
    public record DerivationInput(@NotEmpty @Valid List<PairInput> pairs,
                                  @NotBlank @Schema(example = "10") String roundingUnit,
                                  @Schema(example = "half-up") String roundingRule) {
    }

    /** The rates the pairs allow (ends rounded outward to 12 decimals), and the one chosen with why. */
    public record RateView(String low, Boolean lowIncluded, String high, Boolean highIncluded, String choice) {
        static RateView of(RateDerivation.Derived derived) {
            return new RateView(plain(derived.low()), derived.lowIncluded(), plain(derived.high()),
                    derived.high() == null ? null : derived.highIncluded(), derived.choice());
        }
    }

    /** A printed pair at the basis's rate: the exact figure, the figure printed from it, and whether it is the report's. */
    public record PairView(String kzt, String printed, String exact, String printedAtRate, boolean reproduced) {
        static List<PairView> of(List<PrintedPair> pairs, Rounding rounding, BigDecimal rate) {
            return RateDerivation.check(pairs, rounding, rate).stream().map(check -> new PairView(
                    check.pair().kzt().toPlainString(), check.pair().printed().toPlainString(),
                    check.exact().toPlainString(), check.printedAtRate().toPlainString(), check.reproduced())).toList();
        }
    }

    public record DerivationView(String kztPerUnit, RateView rates, List<PairView> pairs) {
    }

    /** One revision of a basis, as everyone reads it. */
    public record BasisView(String name, int revision, String currency, String kztPerUnit, RateView rates,
                            List<PairView> pairs, String roundingUnit, String roundingRule, String tenge,
                            Integer tengeDigits, boolean total, String comparison, String totalPhrase,
                            String totalPhraseRu, String totalPhraseKk, String description, String reason,
                            Instant recordedAt, String recordedBy, Instant supersededAt) {
        static BasisView of(ReportingBasis basis) {
            ReportWording wording = basis.wording();
            RateView rates = new RateView(basis.rateLow().map(ReportingBasisResource::plain).orElse(null),
                    basis.rateLow().isPresent() ? basis.rateLowIncluded() : null,
                    basis.rateHigh().map(ReportingBasisResource::plain).orElse(null),
                    basis.rateHigh().isPresent() ? basis.rateHighIncluded() : null, basis.rateChoice());
            return new BasisView(basis.name(), basis.revision(), basis.currency().getCurrencyCode(),
                    plain(basis.kztPerUnit()), rates, PairView.of(basis.pairs(), basis.rounding(), basis.kztPerUnit()),
                    plain(basis.rounding().unit()), basis.rounding().rule().code(), wording.tenge().code(),
                    wording.tengeDigits(), wording.showsTotal(), wording.comparison().code(), wording.totalPhrase(),
                    wording.totalPhraseRu(), wording.totalPhraseKk(), basis.description(), basis.reason().orElse(null),
                    basis.recordedAt(), basis.recordedBy(), basis.supersededAt().orElse(null));
        }
    }

    private static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
