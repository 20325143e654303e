package kz.registry.reporting.rest;

import static kz.registry.shared.rest.Table.column;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.RateUsed;
import kz.registry.money.rest.BasisParameters;
import kz.registry.money.rest.MoneyViews.ConversionView;
import kz.registry.money.rest.MoneyViews.MoneyView;
import kz.registry.reporting.boundary.YearSummaries;
import kz.registry.reporting.entity.YearSummary;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.AnswerLanguage;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.ReportResponses;
import kz.registry.shared.rest.SpokenText;
import kz.registry.shared.rest.Words;
import kz.registry.shared.rest.Table;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/reports/years/{year}/summary}: the year's allocations in a report's words, in English or Russian. */
@Path("reports/years")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV, ReportResponses.XLSX})
@RolesAllowed({Roles.AUDITOR, Roles.FINANCE_OFFICER})
public class YearSummaryResource {

    static final String LINES = "fiscal_year,part,purpose,phrase,kzt,converted,currency,basis,kzt_per_unit,rate_what,"
            + "rate_source,sentence,unavailable,rounded,shelter,city";

    static final Table<SummaryLine> LINE_TABLE = Table.of(
            column("fiscal_year", SummaryLine::year),
            column("part", SummaryLine::part),
            column("purpose", SummaryLine::purpose),
            column("phrase", SummaryLine::phrase),
            column("kzt", line -> line.kzt().amount()),
            column("converted", line -> converted(line, conversion -> conversion.converted().amount())),
            column("currency", line -> converted(line, conversion -> conversion.converted().code())),
            column("basis", line -> converted(line, Conversion::basis)),
            column("kzt_per_unit", line -> converted(line, conversion -> conversion.rates().getLast().kztPerUnit())),
            column("rate_what", line -> converted(line, conversion -> conversion.rates().getLast().what())),
            column("rate_source", line -> converted(line, conversion -> conversion.rates().getLast().source())),
            column("sentence", SummaryLine::sentence),
            column("unavailable", SummaryLine::unavailable),
            column("rounded", line -> converted(line, conversion -> conversion.rounded() == null ? null
                    : conversion.rounded().amount())),
            column("shelter", SummaryLine::shelter),
            column("city", SummaryLine::city));

    /** A column of the conversion, empty when there is none (no rate on the basis). */
    private static Object converted(SummaryLine line, java.util.function.Function<Conversion, Object> part) {
        return line.conversion() == null ? null : part.apply(line.conversion());
    }

    @Inject
    YearSummaries summaries;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Path("{year}/summary")
    @Operation(summary = "The year's allocations in a report's words",
            description = "Allocations of the fiscal year, in all and per purpose, and the year before, converted into "
                    + "currency (default USD) on the chosen basis (default: the year's average official rate), with the "
                    + "sentence a report would write of them, in English, Russian or Kazakh (lang, or Accept-Language). On a "
                    + "reporting basis the sentence is worded and rounded as the basis says (a total or not, comparisons "
                    + "for the total or per line, tenge exact or in millions); on any other basis as the US TIP report "
                    + "2018: tenge in millions, dollars to the nearest ten. One part per purpose with money, naming its "
                    + "shelter when all of it went to one; \"at least\" when the year is marked incomplete. source and "
                    + "purpose (comma-separated codes) limit what counts. CSV columns: " + LINES)
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "the seed's year at the report's rate",
                    summary = "GET /api/reports/years/2017/summary?basis=fixed&fixedRate=TIP%202018",
                    value = "{\"year\":2017,\"sentence\":\"In 2017, the government allocated at least 162.7 million KZT "
                            + "($491,080) to direct victim assistance, including 159 million KZT ($479,910) for shelter "
                            + "assistance and 3.7 million KZT ($11,170) for victim assistance during investigations, an "
                            + "increase from 25.97 million KZT ($78,390) in 2016.\",\"basis\":\"fixed rate 'TIP 2018'\"}")))
    public Response summary(@PathParam("year") String year, @QueryParam("currency") String currency,
                            @QueryParam("source") String source, @QueryParam("purpose") String purpose,
                            @BeanParam BasisParameters basis, @QueryParam("format") String format,
                            @Parameter(description = "The sentence's language: en, ru or kk (default: from Accept-Language, else en)",
                                    example = "ru", schema = @Schema(enumeration = {"en", "ru", "kk"}))
                            @QueryParam("lang") String lang) {
        int fiscalYear = QueryParameters.integer("year", year, 0);
        Currency target = currency == null || currency.isBlank() ? Currency.getInstance("USD") : Money.currency(currency);
        YearSummary summary = summaries.summary(fiscalYear, target, basis.basisOr(new Basis.YearAverage(fiscalYear)),
                SpendingReportResource.SpendingFilter.codes(source), SpendingReportResource.SpendingFilter.codes(purpose),
                language(lang));
        SummaryView view = new SummaryView(summary.year(), summary.language(), summary.sentence(), summary.basis(),
                summary.atLeast(), MoneyView.of(summary.allocatedKzt()), view(summary.allocated()), summary.purposes()
                .stream().map(figure -> new PurposeView(figure.purpose(), figure.phrase(), figure.shelter(),
                        figure.city(), MoneyView.of(figure.kzt()), view(figure.allocated()),
                        figure.previousKzt() == null ? null : MoneyView.of(figure.previousKzt()),
                        view(figure.previous()))).toList(), summary.previousYear(),
                summary.previousKzt() == null ? null : MoneyView.of(summary.previousKzt()), view(summary.previous()),
                summary.unavailable());
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "summary-" + summary.year(), view,
                LINE_TABLE, lines(summary));
    }

    /** en, ru or kk: the one asked for, else the caller's (from Accept-Language, else en). */
    private static String language(String asked) {
        if (asked == null || asked.isBlank()) {
            return AnswerLanguage.current();
        }
        String code = asked.strip().toLowerCase(java.util.Locale.ROOT);
        if (!Words.LANGUAGES.contains(code)) {
            throw new InvalidInputException("lang", "the sentence is written in " + String.join(", ", Words.LANGUAGES)
                    + ", not '" + asked.strip() + "'");
        }
        return code;
    }

    private static ConversionView view(Conversion conversion) {
        return conversion == null ? null : ConversionView.of(conversion);
    }

    private static List<SummaryLine> lines(YearSummary summary) {
        List<SummaryLine> lines = new ArrayList<>();
        String unavailable = summary.unavailable();
        lines.add(new SummaryLine(summary.year(), "total", null, null, summary.allocatedKzt(), summary.allocated(),
                summary.sentence(), unavailable, null, null));
        summary.purposes().forEach(purpose -> lines.add(new SummaryLine(summary.year(), "purpose", purpose.purpose(),
                purpose.phrase(), purpose.kzt(), purpose.allocated(), null, unavailable, purpose.shelter(),
                purpose.city())));
        if (summary.previousKzt() != null) {
            lines.add(new SummaryLine(summary.previousYear(), "previous-year", null, null, summary.previousKzt(),
                    summary.previous(), null, unavailable, null, null));
        }
        return lines;
    }

    record SummaryLine(int year, String part, String purpose, String phrase, Money kzt, Conversion conversion,
                       String sentence, String unavailable, String shelter, String city) {
    }

    /**
     * The summary as answered: tenge always ({@code kzt}, {@code previousKzt}); the conversions, or,
     * when the basis has no rate, none and {@code unavailable} saying which rate is missing.
     */
    public record SummaryView(int year, String language, String sentence, @JsonbTypeSerializer(SpokenText.class) String basis,
                              boolean atLeast, MoneyView kzt, ConversionView allocated, List<PurposeView> purposes,
                              Integer previousYear, MoneyView previousKzt, ConversionView previous,
                              @JsonbTypeSerializer(SpokenText.class) String unavailable) {
    }

    /** One purpose's figures; {@code shelter} and {@code city} when all of its money went to one shelter. */
    public record PurposeView(String purpose, String phrase, String shelter, String city, MoneyView kzt,
                              ConversionView allocated, MoneyView previousKzt, ConversionView previous) {
    }
}
