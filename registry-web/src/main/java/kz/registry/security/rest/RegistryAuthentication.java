package kz.registry.security.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import kz.registry.security.boundary.BearerSessions;
import kz.registry.security.boundary.Logins;
import kz.registry.security.entity.AccountStanding;
import kz.registry.shared.rest.ClientAddresses;
import kz.registry.shared.rest.ProblemKind;
import kz.registry.shared.rest.ProblemResponses;

/**
 * How callers sign in, chosen by the request's {@code Authorization} header: HTTP Basic
 * (a name and password checked against the PBKDF2 hash, with lockout), or a bearer token from
 * {@code POST /api/tokens}. No header: the request goes on anonymously, and whatever it asks for
 * decides whether that is enough. A wrong password or a bad token is refused at once, as problem
 * details.
 * <p>
 * A bearer token only names an account: on every request the account's standing, read afresh,
 * decides (enabled, not locked, the roles it has now, the same password as when the token was
 * issued, the token not signed out). A database that cannot answer gets 503, never a 401 that
 * blames the caller. Failed Basic sign-ins are counted per client address, and an address with
 * too many is refused for a while ({@link SignInThrottle}). Outside demo mode a password is taken
 * over TLS only ({@link PasswordTransport}).
 */
@ApplicationScoped
public class RegistryAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute naming the scheme a caller signed in with: tokens are only given for Basic. */
    public static final String SCHEME = RegistryAuthentication.class.getName() + ".scheme";
    /** Request attribute holding the verified bearer token, so that its session can be signed out. */
    static final String TOKEN = RegistryAuthentication.class.getName() + ".token";
    /** Request attribute holding who signed in with Basic ({@link SignedIn}), for the token they may ask for. */
    static final String SIGNED_IN = RegistryAuthentication.class.getName() + ".signedIn";
    static final String BASIC = "Basic";
    static final String BEARER = "Bearer";
    /** Longer credentials than this are nobody's: refused before they are decoded or hashed. */
    static final int MAX_CREDENTIALS_LENGTH = 1024;
    private static final String WRONG = "The name or password is wrong, or the account is locked after repeated failures.";

    @EJB
    Logins logins;

    @EJB
    BearerSessions sessions;

    @Inject
    BearerTokens tokens;

    @Inject
    SignInThrottle throttle;

    @Inject
    Clock clock;

    @Inject
    PasswordTransport transport;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.doNothing();
        }
        try {
            String credentials = authorization.strip();
            if (credentials.length() > MAX_CREDENTIALS_LENGTH + 7) {
                return refuse(request, response, "The Authorization header is longer than any credentials the registry issues.");
            }
            String lower = credentials.toLowerCase(Locale.ROOT);
            if (lower.startsWith("basic ")) {
                return basic(credentials.substring(6).strip(), request, response, context);
            }
            if (lower.startsWith("bearer ")) {
                return bearer(credentials.substring(7).strip(), request, response, context);
            }
            return refuse(request, response, "Use HTTP Basic or a bearer token.");
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) throws IOException {
        String address = ClientAddresses.of(request);
        if (!transport.carriesPasswords(request, address)) {
            // not even checked: a password that crossed the network in clear must not be confirmed either
            ProblemResponses.write(request, response, ProblemKind.TLS_REQUIRED, "Passwords are taken over HTTPS only."
                    + " Sign in at this registry's https:// address, and change the password you just sent.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        OptionalLong refusedFor = throttle.refusedFor(address);
        if (refusedFor.isPresent()) {
            ProblemResponses.refuseTooMany(request, response, refusedFor.getAsLong());
            return AuthenticationStatus.SEND_FAILURE;
        }
        char[] decoded;
        try {
            decoded = decode(encoded);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return refuse(request, response, "The Basic credentials are not valid Base64 of UTF-8 text.");
        }
        try {
            int colon = indexOf(decoded, ':');
            if (colon < 0) {
                return refuse(request, response, "The Basic credentials must be name:password.");
            }
            Logins.LoginResult result;
            try {
                result = logins.check(new String(decoded, 0, colon), Arrays.copyOfRange(decoded, colon + 1, decoded.length));
            } catch (RuntimeException e) {
                if (isCollision(e)) {
                    // two failed logins of one user at once collided on its counter: this one was wrong too
                    throttle.failed(address);
                    return refuse(request, response, WRONG);
                }
                ProblemResponses.refuseUnchecked(request, response, e);
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (result.outcome() != Logins.Outcome.VALID) {
                throttle.failed(address);
                return refuse(request, response, WRONG);
            }
            request.setAttribute(SCHEME, BASIC);
            request.setAttribute(SIGNED_IN, new SignedIn(result.userId(), result.username(), result.credentialsVersion()));
            return context.notifyContainerAboutLogin(result.username(), new HashSet<>(result.roles()));
        } finally {
            Arrays.fill(decoded, '\0');
        }
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) throws IOException {
        BearerTokens.Verified verified = tokens.verify(token);
        if (!verified.ok()) {
            return refuse(request, response, "The bearer token is refused: " + verified.refusal() + ".");
        }
        Optional<AccountStanding> standing;
        try {
            standing = sessions.standing(verified.userId(), verified.tokenId());
        } catch (RuntimeException e) {
            ProblemResponses.refuseUnchecked(request, response, e);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<String> refusal = standing.isEmpty() ? Optional.of("its account no longer exists")
                : standing.get().refusal(verified.credentialsVersion(), clock.instant());
        if (refusal.isPresent()) {
            return refuse(request, response, "The bearer token is refused: " + refusal.get() + ". Sign in again.");
        }
        request.setAttribute(SCHEME, BEARER);
        request.setAttribute(TOKEN, verified);
        return context.notifyContainerAboutLogin(standing.get().username(), new HashSet<>(standing.get().roles()));
    }

    /** The decoded name:password, as characters only, so the password can be wiped after the check. */
    private static char[] decode(String encoded) throws CharacterCodingException {
        byte[] bytes = Base64.getDecoder().decode(encoded);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
            char[] decoded = new char[chars.remaining()];
            chars.get(decoded);
            Arrays.fill(chars.array(), '\0');
            return decoded;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static int indexOf(char[] chars, char wanted) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Two failures of one account at once: the loser's counter update lost an optimistic lock. */
    private static boolean isCollision(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() != null ? cause.getCause()
                : cause instanceof jakarta.ejb.EJBException ejb ? ejb.getCausedByException() : null) {
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               String detail) throws IOException {
        ProblemResponses.refuseSignIn(request, response, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
