package kz.registry.money.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Locale;
import kz.registry.money.Money;
import kz.registry.money.boundary.Conversions;
import kz.registry.money.entity.Basis;
import kz.registry.money.rest.MoneyViews.ConversionView;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.QueryParameters;

/**
 * {@code GET /api/conversions?amount=162700000&from=KZT&to=USD&basis=fixed&fixedRate=...}:
 * an amount in another currency, with every rate used and where it comes from. Bases:
 * {@code value-date} (default; {@code date}), {@code year-average} ({@code year}),
 * {@code fixed} ({@code fixedRate}, the name of a fixed rate).
 */
@Path("conversions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class ConversionResource {

    @Inject
    Conversions conversions;

    @GET
    public ConversionView convert(@QueryParam("amount") String amount, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("basis") String basis,
                                  @QueryParam("date") String date, @QueryParam("year") String year,
                                  @QueryParam("fixedRate") String fixedRate) {
        if (amount == null || from == null || to == null) {
            throw new InvalidInputException("amount", "amount, from and to are required");
        }
        return ConversionView.of(conversions.convert(Money.of(amount, from), Money.currency(to),
                basis(basis, date, year, fixedRate)));
    }

    private static Basis basis(String name, String date, String year, String fixedRate) {
        String chosen = name == null || name.isBlank() ? "value-date" : name.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "value-date" -> {
                LocalDate day = QueryParameters.date("date", date);
                if (day == null) {
                    throw new InvalidInputException("date", "the value-date basis needs the date (YYYY-MM-DD)");
                }
                yield new Basis.ValueDate(day);
            }
            case "year-average" -> {
                int chosenYear = QueryParameters.integer("year", year, -1);
                if (chosenYear < 1993 || chosenYear > 2100) {
                    throw new InvalidInputException("year", "the year-average basis needs a year (the tenge dates from 1993)");
                }
                yield new Basis.YearAverage(chosenYear);
            }
            case "fixed" -> {
                if (fixedRate == null || fixedRate.isBlank()) {
                    throw new InvalidInputException("fixedRate", "the fixed basis needs the name of a fixed rate");
                }
                yield new Basis.Fixed(fixedRate.strip());
            }
            default -> throw new InvalidInputException("basis", "must be value-date, year-average or fixed");
        };
    }
}
