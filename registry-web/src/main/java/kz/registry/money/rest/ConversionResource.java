package kz.registry.money.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.registry.money.Money;
import kz.registry.money.boundary.Conversions;
import kz.registry.money.Basis;
import kz.registry.money.rest.MoneyViews.ConversionView;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;

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
                                  @QueryParam("to") String to, @BeanParam BasisParameters basis) {
        if (amount == null || from == null || to == null) {
            throw new InvalidInputException("amount", "amount, from and to are required");
        }
        return ConversionView.of(conversions.convert(Money.of(amount, from), Money.currency(to),
                basis.basis(null)));
    }
}
