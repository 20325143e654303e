package kz.registry.budget.rest;

import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.Created;
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
import kz.registry.budget.boundary.Shelters;
import kz.registry.budget.entity.Shelter;
import kz.registry.budget.entity.ShelterFilter;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The shelters registry over HTTP: {@code /api/shelters}. */
@Path("shelters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class ShelterResource {

    @Inject
    Shelters shelters;

    @Context
    UriInfo uriInfo;

    /**
     * Shelters, by city then name, a page at a time.
     *
     * @param city                    only shelters in this city
     * @param acceptsForeignVictimsOn only shelters open to foreign victims on this day (YYYY-MM-DD)
     */
    @GET
    public PageView<ShelterView> list(@QueryParam("city") String city,
                                      @QueryParam("acceptsForeignVictimsOn") String acceptsForeignVictimsOn,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        ShelterFilter filter = new ShelterFilter(city,
                QueryParameters.date("acceptsForeignVictimsOn", acceptsForeignVictimsOn));
        return PageView.of(shelters.list(filter, QueryParameters.page(offset, limit, sort)), ShelterView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), shelters.get(id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a new shelter", value = "{\"name\": \"Aktau trafficking shelter\", \"city\": \"Aktau\", \"operator\": \"NGO operator\", \"openedYear\": 2026, \"foreignVictimsEligibleFrom\": \"2026-01-01\"}")}))
    public Response register(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @NotNull @Valid ShelterInput input) {
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(), input);
        Created<Shelter> shelter = IdempotentCreation.run(key, () -> shelters.register(key, input.details()));
        return IdempotentCreation.answer(withTag(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(shelter.record().id().toString()).build()), shelter.record()), shelter).build();
    }

    /** Restates a shelter; {@code If-Match} must carry the ETag it was read with. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a new operator", value = "{\"name\": \"Aktau trafficking shelter\", \"city\": \"Aktau\", \"operator\": \"Another NGO\", \"openedYear\": 2026, \"foreignVictimsEligibleFrom\": \"2026-01-01\"}")}))
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ShelterInput input) {
        long expectedVersion = EntityTags.versionFromIfMatch(ifMatch);
        return withTag(Response.ok(), shelters.revise(id, expectedVersion, input.details())).build();
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, Shelter shelter) {
        return response.tag(EntityTags.of(shelter.version())).entity(ShelterView.of(shelter));
    }
}
