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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kz.registry.claims.boundary.Recourse;
import kz.registry.claims.entity.Recovery;
import kz.registry.claims.rest.ClaimViews.RecoveredInput;
import kz.registry.claims.rest.ClaimViews.RecoveryInput;
import kz.registry.claims.rest.ClaimViews.RecoveryView;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.money.Money;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/recoveries}: recourse for paid claims against the persons convicted in their
 * proceedings; what comes back flows into the fund.
 */
@Path("recoveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class RecoveryResource {

    @Inject
    Recourse recourse;

    @Context
    UriInfo uriInfo;

    /** Recoveries, newest first, a page at a time ({@code offset}, {@code limit}). */
    @GET
    public PageView<RecoveryView> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        return PageView.of(recourse.recoveries(QueryParameters.page(offset, limit, sort)), RecoveryView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        var recovery = recourse.recoveryOf(id);
        return Response.ok(RecoveryView.of(recovery)).tag(EntityTags.of(recovery.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "recourse for a paid claim", value = "{\"claimId\": \"a7c3e9d1-4b2f-4e6a-8c5d-1f0b9e2a6d34\", \"openedOn\": \"2026-05-15\"}")}))
    public Response open(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                         @NotNull @Valid RecoveryInput input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Recourse.Opened opened = IdempotentCreation.run(key, () -> recourse.openRecovery(key, input.claimId(), input.openedOn()));
        return IdempotentCreation.marked(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(opened.recovery().id().toString()).build()).entity(RecoveryView.of(opened.recovery())),
                opened.replayed()).build();
    }

    /** Money recovered from the convicted persons (never more than is outstanding). */
    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "money recovered", value = "{\"amount\": \"50000.00\", \"valueDate\": \"2026-05-20\", \"reference\": \"bailiff's transfer 17\"}")}))
    public Response recovered(@PathParam("id") UUID id, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @NotNull @Valid RecoveredInput input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<Recovery> recovery = IdempotentCreation.run(key, () -> recourse.recover(key, id, Money.kzt(input.amount()),
                input.valueDate(), input.reference()));
        return IdempotentCreation.answer(Response.ok(RecoveryView.of(recovery.record())), recovery).build();
    }
}
