package kz.registry.security.rest;

import kz.registry.idempotency.rest.IdempotentCreation;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.registry.security.boundary.Users;
import kz.registry.security.entity.RegistryUser;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.EntityTags;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code /api/users}: administrators manage who signs in and in which roles. Never shows a password or hash. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class UserResource {

    @Inject
    Users users;

    @Context
    UriInfo uriInfo;

    @GET
    public PageView<UserView> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort) {
        return PageView.of(users.list(QueryParameters.page(offset, limit, sort)), UserView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), users.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "an auditor", value = "{\"username\": \"auditor2\", \"password\": \"choose-a-long-password\", \"roles\": [\"auditor\"]}")}))
    public Response create(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @NotNull @Valid NewUser input) {
        // the password stays out of the fingerprint: nothing derived from it is kept beside the key
        RequestKey key = IdempotentCreation.key(idempotencyKey, "POST", uriInfo.getPath(),
                new NewUser(input.username(), null, input.roles()));
        Created<RegistryUser> user = IdempotentCreation.run(key,
                () -> users.create(key, input.username(), input.password(), input.roles()));
        return IdempotentCreation.answer(Response.created(uriInfo.getAbsolutePathBuilder()
                .path(user.record().id().toString()).build()), user)
                .tag(EntityTags.of(user.record().version())).entity(UserView.of(user.record())).build();
    }

    /** Restates roles and whether the user may sign in; {@code If-Match} carries the ETag read. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a second role", value = "{\"roles\": [\"auditor\", \"finance-officer\"], \"enabled\": true}")}))
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UserRevision input) {
        long version = EntityTags.versionFromIfMatch(ifMatch);
        return tagged(Response.ok(), users.revise(id, version, input.roles(), input.enabled()));
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "a new password", value = "{\"password\": \"another-long-password\"}")}))
    public Response changePassword(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @NotNull @Valid NewPassword input) {
        long version = EntityTags.versionFromIfMatch(ifMatch);
        return tagged(Response.ok(), users.changePassword(id, version, input.password()));
    }

    /** Opens an account that failed logins locked. */
    @POST
    @Path("{id}/unlock")
    public Response unlock(@PathParam("id") UUID id) {
        return tagged(Response.ok(), users.unlock(id));
    }

    private static Response tagged(Response.ResponseBuilder response, RegistryUser user) {
        return response.tag(EntityTags.of(user.version())).entity(UserView.of(user)).build();
    }

    public record NewUser(@NotBlank @Schema(example = "clerk2") String username,
                          @NotBlank @Schema(example = "a-long-passphrase-2026") String password,
                          @NotEmpty Set<String> roles) {
    }

    public record UserRevision(@NotEmpty Set<String> roles, @NotNull @Schema(example = "true") Boolean enabled) {
    }

    public record NewPassword(@NotBlank @Schema(example = "a-long-passphrase-2026") String password) {
    }

    public record UserView(UUID id, long version, String username, List<String> roles, boolean enabled,
                           int failedLogins, Instant lockedUntil) {

        static UserView of(RegistryUser user) {
            return new UserView(user.id(), user.version(), user.username(), user.roles().stream().sorted().toList(),
                    user.enabled(), user.failedLogins(), user.lockedUntil().orElse(null));
        }
    }
}
