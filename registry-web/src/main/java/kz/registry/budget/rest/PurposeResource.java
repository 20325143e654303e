package kz.registry.budget.rest;

import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.Created;
import jakarta.ws.rs.HeaderParam;
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
import kz.registry.budget.boundary.Purposes;
import kz.registry.budget.entity.Purpose;
import kz.registry.budget.rest.BudgetInputs.NewPurpose;
import kz.registry.budget.rest.BudgetViews.PurposeView;
import kz.registry.shared.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** {@code /api/purposes}: what money is for; finance officers add purposes beyond the built-in ones. */
@Path("purposes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class PurposeResource {

    @Inject
    Purposes purposes;

    @Context
    UriInfo uriInfo;

    @GET
    public List<PurposeView> list() {
        return purposes.list().stream().map(PurposeView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a new purpose", value = "{\"code\": \"reintegration\", \"name\": \"Reintegration: vocational training and housing\"}")}))
    public Response add(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @NotNull @Valid NewPurpose input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<Purpose> purpose = IdempotentCreation.run(key, () -> purposes.add(key, input.code(), input.name(),
                input.nameRu(), input.nameKk()));
        return IdempotentCreation.answer(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(purpose.record().code()).build()), purpose).entity(PurposeView.of(purpose.record())).build();
    }
}
