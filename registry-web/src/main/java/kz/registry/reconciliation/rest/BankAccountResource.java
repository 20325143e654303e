package kz.registry.reconciliation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.registry.reconciliation.boundary.BankReconciliation;
import kz.registry.reconciliation.rest.ReconciliationViews.AccountInput;
import kz.registry.reconciliation.rest.ReconciliationViews.AccountView;
import kz.registry.shared.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** {@code /api/bank-accounts}: the accounts at the bank the registry reconciles. */
@Path("bank-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR})
public class BankAccountResource {

    @Inject
    BankReconciliation reconciliation;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The accounts at the bank", description = "Each with its kind: BUDGET (the budget's payment "
            + "account, reconciled with the budget's payments) or FUND (the victims compensation fund's account).")
    public List<AccountView> accounts() {
        return reconciliation.accounts().stream().map(AccountView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
    @Operation(summary = "Register an account at the bank", description = "A finance officer registers the budget's "
            + "payment account (BUDGET), a court clerk the fund's (FUND). The IBAN's check digits must hold.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "the fund's account",
            value = "{\"code\": \"fund-account\", \"kind\": \"FUND\", \"iban\": \"KZ86125KZT5004100100\", "
                    + "\"currency\": \"KZT\", \"name\": \"Victims compensation fund, Treasury\"}")))
    public Response open(@Valid @NotNull AccountInput input) {
        AccountView account = AccountView.of(reconciliation.open(input.code(), input.kind(), input.iban(), input.currency(),
                input.name()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(account.code()).build()).entity(account).build();
    }
}
