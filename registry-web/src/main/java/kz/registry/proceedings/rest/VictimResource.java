package kz.registry.proceedings.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.proceedings.boundary.Victims;
import kz.registry.proceedings.entity.Exploitation;
import kz.registry.proceedings.entity.Victim;
import kz.registry.proceedings.entity.VictimFilter;
import kz.registry.proceedings.entity.VictimRecognition;
import kz.registry.proceedings.rest.ProceedingViews.IdentityInput;
import kz.registry.proceedings.rest.ProceedingViews.IdentityView;
import kz.registry.proceedings.rest.ProceedingViews.RecognitionInput;
import kz.registry.proceedings.rest.ProceedingViews.RecognitionView;
import kz.registry.proceedings.rest.ProceedingViews.VictimInput;
import kz.registry.proceedings.rest.ProceedingViews.VictimView;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PersonalData;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/victims}: victims by pseudonymous code and profile, and the resolutions recognising
 * them in proceedings. The identity has its own endpoint, for court clerks, and every read of
 * it is recorded in the audit trail.
 */
@Path("victims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class VictimResource {

    @Inject
    Victims victims;

    @Context
    UriInfo uriInfo;

    /** Victims; {@code citizenship}, {@code foreign} (true/false), {@code exploitation}, {@code proceedingId}, paged. */
    @GET
    public PageView<VictimView> list(@QueryParam("citizenship") String citizenship, @QueryParam("foreign") String foreign,
                                     @QueryParam("exploitation") String exploitation,
                                     @QueryParam("proceedingId") String proceedingId, @QueryParam("q") String words,
                                     @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        Boolean foreignOnly = foreign == null || foreign.isBlank() ? null : Boolean.valueOf(foreign.strip());
        return PageView.of(victims.list(new VictimFilter(QueryParameters.text(citizenship), foreignOnly,
                        ProceedingViews.choice(Exploitation.class, "exploitation", exploitation),
                        QueryParameters.uuid("proceedingId", proceedingId), QueryParameters.text(words)),
                QueryParameters.page(offset, limit, sort)),
                victim -> VictimView.of(victim, victims.recognitions(victim.id())));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), victims.get(id)).build();
    }

    /** Registers a victim: profile and identity; the answer shows the pseudonymous code, never the identity. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a foreign victim", value = "{\"citizenship\": \"UZ\", \"sex\": \"FEMALE\", \"minor\": false, \"exploitation\": \"FORCED_LABOUR\", \"identity\": {\"fullName\": \"B. Example\", \"bankAccount\": \"KZ00 0000 0000 0000 0000\"}}")}))
    public Response register(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                             @NotNull @Valid VictimInput input) {
        // the profile here; the identity joins the fingerprint in the boundary, as the vault's keyed digest only
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input.profile());
        Created<Victim> registered = IdempotentCreation.run(key,
                () -> victims.register(key, input.profile(), input.identity().identity()));
        return IdempotentCreation.answer(withTag(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(registered.record().id().toString()).build()), registered.record()), registered).build();
    }

    /** The victim's identity: court clerks only, and the read is recorded in the audit trail. */
    @GET
    @Path("{id}/identity")
    @RolesAllowed(Roles.COURT_CLERK)
    @PersonalData
    public IdentityView identity(@PathParam("id") UUID id) {
        return IdentityView.of(victims.identity(id));
    }

    /** Replaces the identity (a corrected name, a new bank account); {@code If-Match} carries the victim's ETag. */
    @PUT
    @Path("{id}/identity")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a bank account added", value = "{\"fullName\": \"B. Example\", \"bankAccount\": \"KZ00 0000 0000 0000 0001\", \"bankName\": \"Example Bank\"}")}))
    public Response replaceIdentity(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @NotNull @Valid IdentityInput input) {
        long expectedVersion = EntityTags.versionFromIfMatch(ifMatch);
        return withTag(Response.ok(), victims.replaceIdentity(id, expectedVersion, input.identity())).build();
    }

    /** The dated resolution recognising the victim in a proceeding. */
    @POST
    @Path("{id}/recognitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "the resolution", value = "{\"proceedingId\": \"5d0e1c7a-3b8f-4a61-9d2e-7c4b1f0a2e93\", \"recognisedOn\": \"2026-02-20\", \"resolutionNumber\": \"R-17\"}")}))
    public Response recognise(@PathParam("id") UUID id, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                              @NotNull @Valid RecognitionInput input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<VictimRecognition> recognition = IdempotentCreation.run(key, () -> victims.recognise(key, id,
                input.proceedingId(), input.recognisedOn(), input.resolutionNumber()));
        return IdempotentCreation.answer(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(recognition.record().id().toString()).build()), recognition)
                .entity(RecognitionView.of(recognition.record())).build();
    }

    private Response.ResponseBuilder withTag(Response.ResponseBuilder response, Victim victim) {
        return response.tag(EntityTags.of(victim.version()))
                .entity(VictimView.of(victim, victims.recognitions(victim.id())));
    }
}
