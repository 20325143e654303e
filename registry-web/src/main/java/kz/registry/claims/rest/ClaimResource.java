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
import java.util.List;
import java.util.UUID;
import kz.registry.claims.boundary.Claims;
import kz.registry.claims.entity.ClaimFilter;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationClaim;
import kz.registry.claims.rest.ClaimViews.ClaimInput;
import kz.registry.claims.rest.ClaimViews.ClaimView;
import kz.registry.claims.rest.ClaimViews.MoveInput;
import kz.registry.claims.rest.ClaimViews.MoveView;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/claims}: victims' compensation claims. Court clerks file and decide them; auditors
 * read them. A claim shows the moves it allows next.
 */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class ClaimResource {

    @Inject
    Claims claims;

    @Context
    UriInfo uriInfo;

    /** Claims by filing day; {@code status}, {@code category}, {@code victimId}, {@code proceedingId}, paged. */
    @GET
    public PageView<ClaimView> list(@QueryParam("status") String status, @QueryParam("category") String category,
                                    @QueryParam("victimId") String victimId,
                                    @QueryParam("proceedingId") String proceedingId, @QueryParam("q") String words,
                                    @Parameter(description = "Only claims filed on or after this day", example = "2026-01-01")
                                    @QueryParam("filedFrom") String filedFrom,
                                    @Parameter(description = "Only claims filed on or before this day", example = "2026-06-30")
                                    @QueryParam("filedTo") String filedTo,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        return PageView.of(claims.list(new ClaimFilter(ClaimViews.choice(ClaimStatus.class, "status", status),
                QueryParameters.text(category), QueryParameters.uuid("victimId", victimId),
                QueryParameters.uuid("proceedingId", proceedingId), QueryParameters.text(words),
                QueryParameters.days("filedFrom", filedFrom, "filedTo", filedTo)),
                QueryParameters.page(offset, limit, sort)),
                ClaimView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), claims.get(id)).build();
    }

    /** Files a claim (the law's checks refuse it with 422 or 409 saying why). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a trafficking victim's claim", value = "{\"victimId\": \"e41a7b2c-9f3d-4c85-b6a1-2d8e5f3c7b10\", \"proceedingId\": \"5d0e1c7a-3b8f-4a61-9d2e-7c4b1f0a2e93\", \"category\": \"trafficking-in-persons\", \"filedOn\": \"2026-03-01\"}")}))
    public Response file(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                         @NotNull @Valid ClaimInput input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Claims.Filed filed = IdempotentCreation.run(key, () -> claims.file(key, input.filing()));
        return IdempotentCreation.marked(withTag(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(filed.claim().id().toString()).build()), filed.claim()), filed.replayed()).build();
    }

    /** A decision on the claim; {@code If-Match} carries its ETag. An illegal move is a 409 naming the moves there are. */
    @POST
    @Path("{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "approve", value = "{\"to\": \"APPROVED\", \"on\": \"2026-04-10\"}"),
                    @ExampleObject(name = "deny", value = "{\"to\": \"DENIED\", \"on\": \"2026-04-10\", \"reason\": \"not recognised as a victim of this offence\"}")}))
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid MoveInput input) {
        long expectedVersion = EntityTags.versionFromIfMatch(ifMatch);
        return withTag(Response.ok(), claims.decide(id, expectedVersion,
                ClaimViews.choice(ClaimStatus.class, "to", input.to()), input.on(), input.reason())).build();
    }

    @GET
    @Path("{id}/moves")
    public List<MoveView> moves(@PathParam("id") UUID id) {
        return claims.history(id).stream().map(MoveView::of).toList();
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, CompensationClaim claim) {
        return response.tag(EntityTags.of(claim.version())).entity(ClaimView.of(claim));
    }
}
