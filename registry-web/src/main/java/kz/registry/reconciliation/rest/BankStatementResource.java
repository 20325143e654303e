package kz.registry.reconciliation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kz.registry.reconciliation.boundary.BankReconciliation;
import kz.registry.reconciliation.rest.ReconciliationViews.ImportView;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/bank-statements}: a bank statement imported for an account, ISO 20022 camt.053.001.08
 * as XML or the plain CSV form; its lines are matched to the ledger at once.
 */
@Path("bank-statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK})
public class BankStatementResource {

    private static final String DESCRIPTION = "The budget's payment account's statements are a finance officer's to "
            + "import, the fund's a court clerk's. The file is read whole (DTDs and entities refused), each statement "
            + "checked (its account's IBAN and currency, its lines adding up from the opening to the closing balance), "
            + "stored, and the months of its lines matched (by reference, then by amount within windowDays, default 3). "
            + "201 when new; the same file again answers 200 with created false and changes nothing.";

    @Inject
    BankReconciliation reconciliation;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Import a camt.053.001.08 statement", description = DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_XML, examples = @ExampleObject(name = "a statement",
            value = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>...</BkToCstmrStmt></Document>")))
    public Response camt053(InputStream file,
                            @Parameter(description = "The account's code", example = "fund-account") @QueryParam("account") String account,
                            @Parameter(description = "Days a line and an entry of the same amount may lie apart", example = "3")
                            @QueryParam("windowDays") Integer windowDays) {
        return imported(reconciliation.importStatement(required(account), "camt053", bytes(file), null, windowDays));
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Import a statement in the plain CSV form", description = DESCRIPTION + " Columns: "
            + "kind,booking_date,value_date,amount,reference,bank_reference,description; kind opening, closing or entry; "
            + "amounts signed (a debit below zero).")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "March",
            value = "kind,booking_date,value_date,amount,reference,bank_reference,description\r\n"
                    + "opening,2026-03-01,,5000000.00,,,\r\nentry,2026-03-04,2026-03-04,2000000.00,FUND-IN-1,BNK-0001,Transfer\r\n"
                    + "closing,2026-03-31,,7000000.00,,,\r\n")))
    public Response csv(InputStream file,
                        @Parameter(description = "The account's code", example = "fund-account") @QueryParam("account") String account,
                        @Parameter(description = "The statement's identification (default: from its content)", example = "FUND-2026-03")
                        @QueryParam("statement") String statement,
                        @Parameter(description = "Days a line and an entry of the same amount may lie apart", example = "3")
                        @QueryParam("windowDays") Integer windowDays) {
        return imported(reconciliation.importStatement(required(account), "csv", bytes(file), statement, windowDays));
    }

    private static Response imported(BankReconciliation.Imported imported) {
        return Response.status(imported.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ImportView.of(imported)).build();
    }

    private static String required(String account) {
        if (account == null || account.isBlank()) {
            throw new InvalidInputException("account", "required: the code of the account the statement is of");
        }
        return account.strip();
    }

    private static byte[] bytes(InputStream file) {
        try {
            return file.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
