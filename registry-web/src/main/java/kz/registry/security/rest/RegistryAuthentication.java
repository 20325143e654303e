package kz.registry.security.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import kz.registry.security.boundary.SignOuts;
import kz.registry.shared.rest.ProblemResponses;

/**
 * How callers sign in, chosen by the request's {@code Authorization} header: HTTP Basic
 * (checked by the identity store: PBKDF2 hashes, lockout), or a bearer token from
 * {@code POST /api/tokens}. No header: the request goes on anonymously, and whatever it asks for
 * decides whether that is enough. A wrong password or a bad token is refused at once, as
 * problem details.
 */
@ApplicationScoped
public class RegistryAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute naming the scheme a caller signed in with: tokens are only given for Basic. */
    public static final String SCHEME = RegistryAuthentication.class.getName() + ".scheme";
    /** Request attribute holding the verified bearer token, so that its session can be signed out. */
    static final String TOKEN = RegistryAuthentication.class.getName() + ".token";
    static final String BASIC = "Basic";
    static final String BEARER = "Bearer";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    BearerTokens tokens;

    @EJB
    SignOuts signOuts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.doNothing();
        }
        try {
            String lower = authorization.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("basic ")) {
                return basic(authorization.strip().substring(6).strip(), request, response, context);
            }
            if (lower.startsWith("bearer ")) {
                return bearer(authorization.strip().substring(7).strip(), request, response, context);
            }
            return refuse(request, response, context, "Use HTTP Basic or a bearer token.");
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) throws IOException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(request, response, context, "The Basic credentials are not valid Base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(request, response, context, "The Basic credentials must be name:password.");
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(request, response, context,
                    "The name or password is wrong, or the account is locked after repeated failures.");
        }
        request.setAttribute(SCHEME, BASIC);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) throws IOException {
        BearerTokens.Verified verified = tokens.verify(token);
        if (!verified.ok()) {
            return refuse(request, response, context, "The bearer token is refused: " + verified.refusal() + ".");
        }
        if (signOuts.isSignedOut(verified.tokenId())) {
            return refuse(request, response, context,
                    "The bearer token is refused: its session was signed out. Sign in again.");
        }
        request.setAttribute(SCHEME, BEARER);
        request.setAttribute(TOKEN, verified);
        return context.notifyContainerAboutLogin(verified.username(), new HashSet<>(verified.roles()));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context, String detail) throws IOException {
        ProblemResponses.refuseSignIn(request, response, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
