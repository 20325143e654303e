package kz.registry.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import kz.registry.shared.rest.PersonalData;
import kz.registry.shared.rest.Refusal;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.registry.security.boundary.SignOuts;
import kz.registry.shared.Roles;

/**
 * {@code POST /api/tokens}: a caller signed in with HTTP Basic gets a short-lived bearer token
 * for scripts. A token cannot buy another token: its lifetime is its end.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    BearerTokens tokens;

    @Context
    SecurityContext security;

    @EJB
    SignOuts signOuts;

    @Context
    HttpServletRequest request;

    @POST
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
    @PersonalData // a credential: no cache keeps it
    public TokenView issue() {
        if (!(request.getAttribute(RegistryAuthentication.SIGNED_IN) instanceof SignedIn caller)) {
            throw new Refusal("Tokens are given for HTTP Basic sign-ins only.");
        }
        Set<String> roles = Roles.ALL.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        BearerTokens.Token token = tokens.issue(caller);
        return new TokenView(token.token(), "Bearer", token.expiresAt(), roles.stream().sorted().toList());
    }

    /**
     * Signs out of the bearer token this request carries: 204, and from then on the token is
     * refused although it has not expired. The registry's pages call it on "Sign out".
     */
    @DELETE
    @Path("current")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
    public Response signOut() {
        if (!(request.getAttribute(RegistryAuthentication.TOKEN) instanceof BearerTokens.Verified token)) {
            throw new BadRequestException("Only a bearer token can be signed out: send it in Authorization.");
        }
        signOuts.signOut(token.tokenId(), security.getUserPrincipal().getName(), token.expiresAt());
        return Response.noContent().build();
    }

    /** A token and the roles its holder has now: the token itself carries none, each request reads them afresh. */
    public record TokenView(String token, String type, Instant expiresAt, List<String> roles) {
    }
}
