package kz.registry.claims.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kz.registry.claims.boundary.PaymentRegisters;
import kz.registry.claims.entity.PaymentRegister;
import kz.registry.claims.rest.ClaimViews.PaymentInput;
import kz.registry.claims.rest.ClaimViews.RegisterInput;
import kz.registry.claims.rest.ClaimViews.RegisterView;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/registers}: payment registers of approved claims sent to the treasury; refused when
 * the fund cannot cover them; paying one pays its claims out of the fund.
 */
@Path("registers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class RegisterResource {

    @Inject
    PaymentRegisters registers;

    @Context
    UriInfo uriInfo;

    /** Registers, newest first, a page at a time ({@code offset}, {@code limit}). */
    @GET
    public PageView<RegisterView> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        return PageView.of(registers.list(QueryParameters.page(offset, limit, sort)),
                register -> RegisterView.of(register, registers.claimsOn(register.id())));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), registers.registerOf(id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "approved claims", value = "{\"claimIds\": [\"a7c3e9d1-4b2f-4e6a-8c5d-1f0b9e2a6d34\"], \"createdOn\": \"2026-04-15\"}")}))
    public Response register(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                             @NotNull @Valid RegisterInput input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        PaymentRegisters.Registered registered = IdempotentCreation.run(key,
                () -> registers.register(key, input.claimIds(), input.createdOn()));
        return IdempotentCreation.marked(withTag(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(registered.register().id().toString()).build()), registered.register()), registered.replayed())
                .build();
    }

    /** The treasury paid the register ({@code If-Match}: its ETag): its claims are paid out of the fund. */
    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "paid by the treasury", value = "{\"paidOn\": \"2026-05-05\"}")}))
    public Response pay(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid PaymentInput input) {
        long expectedVersion = EntityTags.versionFromIfMatch(ifMatch);
        return withTag(Response.ok(), registers.pay(id, expectedVersion, input.paidOn())).build();
    }

    private Response.ResponseBuilder withTag(Response.ResponseBuilder response, PaymentRegister register) {
        return response.tag(EntityTags.of(register.version())).entity(RegisterView.of(register,
                registers.claimsOn(register.id())));
    }
}
