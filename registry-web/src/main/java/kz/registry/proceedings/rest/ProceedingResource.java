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
import java.util.List;
import java.util.UUID;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.proceedings.boundary.Proceedings;
import kz.registry.proceedings.entity.ConvictedPerson;
import kz.registry.proceedings.entity.CriminalProceeding;
import kz.registry.proceedings.entity.ProceedingFilter;
import kz.registry.proceedings.entity.Stage;
import kz.registry.proceedings.rest.ProceedingViews.ConvictedView;
import kz.registry.proceedings.rest.ProceedingViews.ConvictionInput;
import kz.registry.proceedings.rest.ProceedingViews.IdentityView;
import kz.registry.proceedings.rest.ProceedingViews.ProceedingInput;
import kz.registry.proceedings.rest.ProceedingViews.ProceedingView;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PersonalData;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/proceedings}: criminal proceedings and the persons convicted in them. Court clerks
 * write; auditors read, never an identity.
 */
@Path("proceedings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class ProceedingResource {

    @Inject
    Proceedings proceedings;

    @Context
    UriInfo uriInfo;

    /** Proceedings, newest first; {@code article} (any part), {@code stage}, {@code offset}, {@code limit}. */
    @GET
    public PageView<ProceedingView> list(@QueryParam("article") String article, @QueryParam("stage") String stage,
                                         @QueryParam("q") String words,
                                         @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        Integer articleNumber = article == null || article.isBlank() ? null
                : QueryParameters.integer("article", article, 0);
        return PageView.of(proceedings.list(new ProceedingFilter(articleNumber,
                ProceedingViews.choice(Stage.class, "stage", stage), QueryParameters.text(words)),
                QueryParameters.page(offset, limit, sort)),
                ProceedingView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), proceedings.get(id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a trafficking case", value = "{\"registrationNumber\": \"2026-0128-001\", \"articles\": [\"128-1\"], \"prosecutingBody\": \"Almaty police department\", \"stage\": \"PRE_TRIAL_INVESTIGATION\", \"registeredOn\": \"2026-01-05\"}")}))
    public Response register(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                             @NotNull @Valid ProceedingInput input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<CriminalProceeding> registered = IdempotentCreation.run(key, () -> proceedings.register(key, input.details()));
        return IdempotentCreation.answer(withTag(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(registered.record().id().toString()).build()), registered.record()), registered).build();
    }

    /** Restates a proceeding (its stage, court, dates); {@code If-Match} must carry the ETag read. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "sent to court", value = "{\"registrationNumber\": \"2026-0128-001\", \"articles\": [\"128-1\", \"128-2\"], \"prosecutingBody\": \"Almaty police department\", \"court\": \"Almaly district court\", \"stage\": \"TRIAL\", \"registeredOn\": \"2026-01-05\", \"sentToCourtOn\": \"2026-06-01\"}")}))
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ProceedingInput input) {
        long expectedVersion = EntityTags.versionFromIfMatch(ifMatch);
        return withTag(Response.ok(), proceedings.revise(id, expectedVersion, input.details())).build();
    }

    @GET
    @Path("{id}/convicted")
    public List<ConvictedView> convicted(@PathParam("id") UUID id) {
        return proceedings.convicted(id).stream().map(ConvictedView::of).toList();
    }

    /** A person convicted in the proceeding: the identity is stored encrypted; the answer shows the code. */
    @POST
    @Path("{id}/convicted")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_CLERK)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a convicted person", value = "{\"identity\": {\"fullName\": \"A. Example\"}, \"convictedOn\": \"2026-09-20\"}")}))
    public Response convict(@PathParam("id") UUID id, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                            @NotNull @Valid ConvictionInput input) {
        // the identity joins the key's fingerprint in the boundary, as the vault's keyed digest only
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input.convictedOn());
        Created<ConvictedPerson> convicted = IdempotentCreation.run(key,
                () -> proceedings.convict(key, id, input.identity().identity(), input.convictedOn()));
        return IdempotentCreation.answer(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(convicted.record().id().toString()).build()), convicted)
                .entity(ConvictedView.of(convicted.record())).build();
    }

    /** A convicted person's identity: court clerks only, and the read is recorded in the audit trail. */
    @GET
    @Path("{id}/convicted/{person}/identity")
    @RolesAllowed(Roles.COURT_CLERK)
    @PersonalData
    public IdentityView convictedIdentity(@PathParam("id") UUID id, @PathParam("person") UUID person) {
        return IdentityView.of(proceedings.convictedIdentity(person));
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, CriminalProceeding proceeding) {
        return response.tag(EntityTags.of(proceeding.version())).entity(ProceedingView.of(proceeding));
    }
}
