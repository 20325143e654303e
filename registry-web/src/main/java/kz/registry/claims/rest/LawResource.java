package kz.registry.claims.rest;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.registry.claims.boundary.Law;
import kz.registry.claims.entity.CategoryTerms;
import kz.registry.claims.entity.CompensationAmount;
import kz.registry.claims.entity.CompensationCategory;
import kz.registry.claims.entity.MciPolicy;
import kz.registry.claims.entity.MciValue;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.Money;
import kz.registry.money.rest.MoneyViews.MoneyView;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code /api/law}: the victims compensation law as data. The MCI table and the compensation
 * categories (every version, or those in force on a day), and what a category grants on a day
 * with every figure it used; administrators record new values and versions from a date.
 */
@Path("law")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class LawResource {

    @Inject
    Law law;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("mci")
    public List<MciView> mciTable() {
        return law.mciTable().stream().map(MciView::of).toList();
    }

    /** A budget law's MCI value from a date: {@code purpose} (general by default), {@code validFrom}, {@code amount}, {@code source}. */
    @POST
    @Path("mci")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a new year's MCI", value = "{\"purpose\": \"general\", \"validFrom\": \"2027-01-01\", \"amount\": \"4500.00\", \"source\": \"Law on the republican budget for 2027\"}")}))
    public Response recordMci(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @NotNull @Valid NewMci input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<MciValue> value = IdempotentCreation.run(key, () -> law.recordMci(key, input.purpose(), input.validFrom(),
                Money.kzt(input.amount()), input.source()));
        return IdempotentCreation.answer(Response.status(Response.Status.CREATED), value)
                .entity(MciView.of(value.record())).build();
    }

    /** The categories in force on {@code on} (YYYY-MM-DD), or every version when no day is given. */
    @GET
    @Path("categories")
    public List<CategoryView> categories(@QueryParam("on") String on) {
        LocalDate day = QueryParameters.date("on", on);
        return (day == null ? law.categoryVersions() : law.categoriesOn(day)).stream().map(CategoryView::of).toList();
    }

    /** A category's new version (or a new category) from a date. */
    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a new version", value = "{\"code\": \"trafficking-in-persons\", \"name\": \"Victims of trafficking in persons\", \"mciMultiple\": 30, \"articles\": [128, 135], \"validFrom\": \"2027-01-01\", \"unverified\": false}")}))
    public Response recordCategory(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @NotNull @Valid NewCategory input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<CompensationCategory> version = IdempotentCreation.run(key, () -> law.recordCategory(key,
                new CategoryTerms(input.code(), input.name(), input.nameRu(), input.nameKk(), input.mciMultiple(),
                        input.articles(), input.validFrom(), Boolean.TRUE.equals(input.unverified()))));
        return IdempotentCreation.answer(Response.status(Response.Status.CREATED), version)
                .entity(CategoryView.of(version.record())).build();
    }

    /**
     * What {@code category} grants on {@code date}: its multiple of the MCI in force that day (of
     * the configured purpose), with the values used. A claim takes the day the policy names
     * (the decision date by default).
     */
    @GET
    @Path("amounts")
    public AmountView amount(@QueryParam("category") String category, @QueryParam("date") String date) {
        LocalDate day = QueryParameters.date("date", date);
        if (category == null || category.isBlank() || day == null) {
            throw new InvalidInputException(category == null || category.isBlank() ? "category" : "date",
                    "both category and date (YYYY-MM-DD) are required");
        }
        return AmountView.of(law.amount(category.strip(), day), law.policy());
    }

    public record MciView(String purpose, LocalDate validFrom, MoneyView amount, String source, Instant recordedAt,
                          String recordedBy) {
        static MciView of(MciValue value) {
            return new MciView(value.purpose(), value.validFrom(), MoneyView.of(value.amount()), value.source(),
                    value.recordedAt(), value.recordedBy());
        }
    }

    public record CategoryView(String code, String name, String nameRu, String nameKk, int mciMultiple,
                               List<Integer> articles, LocalDate validFrom, boolean unverified, Instant recordedAt,
                               String recordedBy) {
        static CategoryView of(CompensationCategory category) {
            return new CategoryView(category.code(), category.name(), category.nameRu().orElse(null),
                    category.nameKk().orElse(null), category.mciMultiple(), category.articles(),
                    category.validFrom(), category.unverified(), category.recordedAt(), category.recordedBy());
        }
    }

    public record AmountView(String category, LocalDate categoryValidFrom, int mciMultiple, LocalDate date,
                             MoneyView mci, String mciPurpose, LocalDate mciValidFrom, String mciSource,
                             MoneyView amount, String mciDayPolicy) {
        static AmountView of(CompensationAmount amount, MciPolicy policy) {
            return new AmountView(amount.category(), amount.categoryValidFrom(), amount.mciMultiple(), amount.day(),
                    MoneyView.of(amount.mci()), amount.mciPurpose(), amount.mciValidFrom(), amount.mciSource(),
                    MoneyView.of(amount.amount()), policy.day().code());
        }
    }

    public record NewMci(@Schema(example = "general") String purpose, @NotNull LocalDate validFrom,
                         @NotBlank @Schema(example = "4500.00") String amount,
                         @NotBlank @Schema(example = "Law on the republican budget for 2027") String source) {
    }

    public record NewCategory(@NotBlank @Schema(example = "trafficking-in-persons") String code,
                              @NotBlank @Schema(example = "Victims of trafficking in persons") String name,
                              @Schema(example = "Потерпевшие от торговли людьми") String nameRu,
                              @Schema(example = "Адам саудасынан жәбірленушілер") String nameKk,
                              @NotNull @Schema(example = "30") Integer mciMultiple,
                              @NotEmpty List<Integer> articles, @NotNull LocalDate validFrom,
                              @Schema(example = "false") Boolean unverified) {
    }
}
