package kz.registry.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import kz.registry.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Signing in, as people and scripts do it, and as intruders try it. */
class SecurityIT extends DeployedRegistry {

    private static final String JSON = "application/json";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** registry.security.max-failed-logins, left at its default in the tests. */
    private static final int MAX_FAILED_LOGINS = 5;
    /** registry.security.sign-in-failures-per-address, left at its default in the tests. */
    private static final int SIGN_IN_FAILURES_PER_ADDRESS = 20;

    @Test
    void withoutCredentialsTheApiAsksForThem() {
        Http.Reply reply = http.get("api/shelters");

        assertUnauthorized(reply);
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("Basic realm=\"registry\""));
    }

    @Test
    void theRegistrysPagesAreChallengedWithBearerOnlySoNoBrowserSignInBoxOpens() {
        Http.Reply anonymous = http.get("api/shelters", "X-Requested-With", "XMLHttpRequest");
        Http.Reply wrongPassword = http.withBasic("nobody-" + RUN, "whatever-password")
                .post("api/tokens", "application/json", "", "X-Requested-With", "XMLHttpRequest");

        for (Http.Reply reply : java.util.List.of(anonymous, wrongPassword)) {
            assertUnauthorized(reply);
            assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer realm=\"registry\"");
        }
    }

    @Test
    void healthAndBuildInfoStayOpen() {
        assertThat(http.get("health/ready").status()).isEqualTo(200);
        assertThat(http.get("api/info").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRefused() {
        assertUnauthorized(http.withBasic("finance", "not-the-password").get("api/shelters"));
        assertUnauthorized(http.withBasic("nobody-" + RUN, "whatever-password").get("api/shelters"));
        assertUnauthorized(http.get("api/shelters", "Authorization", "Basic not-base64!"));
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        String username = newUser("auditor");
        Http right = http.withBasic(username, password(username));
        assertThat(right.get("api/audit/verification").status()).isEqualTo(200);

        for (int attempt = 0; attempt < MAX_FAILED_LOGINS; attempt++) {
            assertUnauthorized(http.withBasic(username, "wrong-password-" + attempt).get("api/audit/verification"));
        }

        assertUnauthorized(right.get("api/audit/verification"));
        JsonObject user = findUser(username);
        assertThat(user.containsKey("lockedUntil")).isTrue();

        assertThat(as("admin").post("api/users/" + user.getString("id") + "/unlock", null, null).status()).isEqualTo(200);
        assertThat(right.get("api/audit/verification").status()).isEqualTo(200);
    }

    @Test
    void aBasicSignInBuysABearerTokenThatWorksInItsPlace() {
        Http.Reply issued = as("clerk").post("api/tokens", null, null);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        JsonObject token = issued.json();
        assertThat(token.getString("type")).isEqualTo("Bearer");
        assertThat(token.getJsonArray("roles").getString(0)).isEqualTo("court-clerk");
        assertThat(Instant.parse(token.getString("expiresAt"))).isAfter(Instant.now());
        Http bearer = http.withToken(token.getString("token"));
        assertThat(bearer.get("api/shelters").status()).isEqualTo(200);
        assertThat(bearer.get("api/audit").status()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheTokenBeforeItExpires() throws java.text.ParseException {
        String token = as("finance").post("api/tokens", null, null).json().getString("token");
        Http bearer = http.withToken(token);
        assertThat(bearer.get("api/shelters").status()).isEqualTo(200);

        Http.Reply signedOut = bearer.delete("api/tokens/current");

        assertThat(signedOut.status()).as(signedOut.toString()).isEqualTo(204);
        Http.Reply after = bearer.get("api/shelters");
        assertUnauthorized(after);
        assertThat(after.json().getString("detail")).contains("signed out");
        assertUnauthorized(bearer.delete("api/tokens/current"));
        // the sign-out is on record, under the token's id, with no token in it
        String tokenId = com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
        Http.Reply history = as("auditor").get("api/audit/records/session/" + tokenId);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.body()).contains("SIGNED_OUT", "finance").doesNotContain(token);
        // a Basic caller has no token to sign out of
        Http.Reply basic = as("finance").delete("api/tokens/current");
        assertThat(basic.status()).as(basic.toString()).isEqualTo(400);
        // another token of the same person is untouched
        String other = as("finance").post("api/tokens", null, null).json().getString("token");
        assertThat(http.withToken(other).get("api/shelters").status()).isEqualTo(200);
    }

    @Test
    void aTokenCannotBuyAnotherToken() {
        String token = as("auditor").post("api/tokens", null, null).json().getString("token");

        Http.Reply again = http.withToken(token).post("api/tokens", null, null);

        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().getString("detail")).contains("Basic");
    }

    @Test
    void expiredForgedAndUnsignedTokensAreRefused() {
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);
        String issued = token("auditor", DEMO_PASSWORD);

        assertUnauthorized(http.withToken(TestTokens.signedWithTheRegistrysKey(issued,
                Instant.now().minus(10, ChronoUnit.MINUTES))).get("api/audit"));
        assertUnauthorized(http.withToken(TestTokens.signedWithAnotherKey(issued, inAnHour)).get("api/audit"));
        assertUnauthorized(http.withToken(TestTokens.unsigned(issued, inAnHour)).get("api/audit"));
        assertUnauthorized(http.withToken("not.a.token").get("api/audit"));
        // signed with the registry's key, but naming no account or no credentials version: not the registry's
        assertUnauthorized(http.withToken(TestTokens.signedWithTheRegistrysKeyWithout(issued, "uid", inAnHour)).get("api/audit"));
        assertUnauthorized(http.withToken(TestTokens.signedWithTheRegistrysKeyWithout(issued, "cv", inAnHour)).get("api/audit"));

        // the same claims, signed with the registry's key and not expired, are accepted
        assertThat(http.withToken(TestTokens.signedWithTheRegistrysKey(issued, inAnHour))
                .get("api/audit?limit=1").status()).isEqualTo(200);
    }

    @Test
    void aTokenStopsWorkingOnTheRequestAfterItsUserIsDisabled() {
        String username = newUser("auditor");
        Http bearer = http.withToken(token(username, password(username)));
        assertThat(bearer.get("api/audit?limit=1").status()).isEqualTo(200);

        revise(username, "[\"auditor\"]", false);

        assertTokenRefused(bearer, "disabled");
    }

    @Test
    void aDemotedUsersTokenActsInTheRolesTheUserHasNow() {
        String username = newUser("court-clerk");
        Http bearer = http.withToken(token(username, password(username)));
        String victim = as("clerk").get("api/victims?limit=1").jsonArray("items").getJsonObject(0).getString("id");
        assertThat(bearer.get("api/victims/" + victim + "/identity").status()).isEqualTo(200);

        revise(username, "[\"auditor\"]", true);

        // the identity is a clerk's to read: the demoted user's old token may not, but may read the audit trail
        Http.Reply identity = bearer.get("api/victims/" + victim + "/identity");
        assertThat(identity.status()).as(identity.toString()).isEqualTo(403);
        Http.Reply trail = bearer.get("api/audit?actor=" + username + "&sort=-sequence&limit=1");
        assertThat(trail.status()).as(trail.toString()).isEqualTo(200);

        // promoted again, with a second role: an audited act of the token names the roles held at that moment
        revise(username, "[\"court-clerk\", \"auditor\"]", true);
        Http.Reply proceeding = bearer.post("api/proceedings", JSON, """
                {"registrationNumber": "SEC-%s-%d", "articles": ["128-1"], "prosecutingBody": "Test police",
                 "stage": "PRE_TRIAL_INVESTIGATION", "registeredOn": "2026-01-05"}""".formatted(RUN, SEQUENCE.incrementAndGet()));
        assertThat(proceeding.status()).as(proceeding.toString()).isEqualTo(201);
        JsonObject entry = as("auditor").get("api/audit?actor=" + username + "&aggregateType=criminal-proceeding&limit=1")
                .jsonArray("items").getJsonObject(0);
        assertThat(entry.getString("actorRoles")).isEqualTo("court-clerk,auditor");
    }

    @Test
    void aTokenStopsWorkingOnceItsAccountIsLockedByFailedSignIns() {
        String username = newUser("auditor");
        Http bearer = http.withToken(token(username, password(username)));

        for (int attempt = 0; attempt < MAX_FAILED_LOGINS; attempt++) {
            assertUnauthorized(http.withBasic(username, "wrong-password-" + attempt).get("api/audit?limit=1"));
        }

        assertTokenRefused(bearer, "locked");
    }

    @Test
    void aNewPasswordEndsEveryTokenIssuedUnderTheOldOne() {
        String username = newUser("auditor");
        Http bearer = http.withToken(token(username, password(username)));
        JsonObject user = findUser(username);
        String path = "api/users/" + user.getString("id");
        String etag = as("admin").get(path).header("ETag").orElseThrow();

        Http.Reply changed = as("admin").put(path + "/password", JSON, "{\"password\": \"a-brand-new-password\"}",
                "If-Match", etag);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertTokenRefused(bearer, "password changed");
        assertThat(http.withToken(token(username, "a-brand-new-password")).get("api/audit?limit=1").status()).isEqualTo(200);
    }

    @Test
    void anAnonymousCallIsToldWhatToSendNotHowTheServerIsBuilt() {
        for (String path : List.of("api/shelters", "api/audit", "api/victims")) {
            Http.Reply reply = http.get(path);
            assertUnauthorized(reply);
            assertThat(reply.json().getString("detail")).contains("Basic", "bearer token").doesNotContain("JWT");
        }
    }

    @Test
    void anAdministratorManagesUsersAndRoles() {
        String username = newUser("finance-officer");
        JsonObject user = findUser(username);
        String path = "api/users/" + user.getString("id");
        Http admin = as("admin");
        String etag = admin.get(path).header("ETag").orElseThrow();

        Http.Reply revised = admin.put(path, JSON, "{\"roles\": [\"auditor\"], \"enabled\": true}", "If-Match", etag);

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        Http signedIn = http.withBasic(username, password(username));
        assertThat(signedIn.get("api/audit?limit=1").status()).isEqualTo(200);
        assertThat(signedIn.post("api/shelters", JSON, "{}").status()).isEqualTo(403);

        String newEtag = revised.header("ETag").orElseThrow();
        assertThat(admin.put(path, JSON, "{\"roles\": [\"auditor\"], \"enabled\": false}", "If-Match", newEtag).status())
                .isEqualTo(200);
        assertUnauthorized(signedIn.get("api/audit?limit=1"));
    }

    @Test
    void userInputIsChecked() {
        Http admin = as("admin");
        String taken = newUser("auditor");

        assertThat(admin.post("api/users", JSON, user(taken, "long-enough-password", "auditor")).status()).isEqualTo(409);
        assertThat(admin.post("api/users", JSON, user("short-" + RUN, "short", "auditor")).json()
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
        assertThat(admin.post("api/users", JSON, user("role-" + RUN, "long-enough-password", "king")).json()
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("roles");
        assertThat(admin.post("api/users", JSON, "{}").status()).isEqualTo(400);
    }

    @Test
    void usersNeverShowAPasswordOrItsHash() {
        Http.Reply users = as("admin").get("api/users?limit=500");

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).doesNotContain("password", "PBKDF2", DEMO_PASSWORD);
    }

    @Test
    void guessingPasswordsAcrossManyNamesFromOneAddressIsSlowedDown() {
        // the tests' server trusts loopback as a proxy (registry.http.trusted-proxies), so each test address is its own
        String guesser = "203.0.113." + (SEQUENCE.incrementAndGet() % 250);
        for (int guess = 0; guess < SIGN_IN_FAILURES_PER_ADDRESS; guess++) {
            assertUnauthorized(http.withBasic("guess-" + RUN + "-" + guess, "whatever-password")
                    .get("api/shelters", "X-Forwarded-For", guesser));
        }

        Http.Reply throttled = as("auditor").get("api/audit?limit=1", "X-Forwarded-For", guesser);

        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.json().getString("type")).isEqualTo("urn:kz-registry:problem:too-many-requests");
        assertThat(Long.parseLong(throttled.header("Retry-After").orElseThrow())).isPositive();
        // other addresses sign in as before
        assertThat(as("auditor").get("api/audit?limit=1", "X-Forwarded-For", "198.51.100.9").status()).isEqualTo(200);
        assertThat(as("auditor").get("api/audit?limit=1").status()).isEqualTo(200);
    }

    /**
     * The registry is never left without an administrator who may sign in (then only its database
     * could mend it): the last one can neither lose the role nor be disabled, and nothing changes.
     * The other administrators are disabled for the moment and enabled again however the test ends.
     */
    @Test
    void theLastAdministratorWhoMaySignInKeepsTheRole() {
        String keeper = newUser("administrator");
        Http asKeeper = http.withBasic(keeper, password(keeper));
        List<JsonObject> others = as("admin").get("api/users?limit=500").jsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(user -> user.getBoolean("enabled") && !user.getString("username").equals(keeper)
                        && user.getJsonArray("roles").toString().contains("\"administrator\"")).toList();
        assertThat(others).extracting(user -> user.getString("username")).contains("admin");
        try {
            for (JsonObject other : others) {
                assertThat(revised(asKeeper, other.getString("username"), other.getJsonArray("roles").toString(), false)
                        .status()).isEqualTo(200);
            }
            JsonObject before = findUser(asKeeper, keeper);
            long version = before.getJsonNumber("version").longValue();
            for (String change : List.of("\"roles\": [\"auditor\"], \"enabled\": true",
                    "\"roles\": [\"administrator\"], \"enabled\": false")) {
                Http.Reply refused = asKeeper.put("api/users/" + before.getString("id"), JSON,
                        "{" + change + "}", "If-Match", "\"" + version + "\"");
                assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
                assertThat(refused.json().getString("detail")).contains("'" + keeper + "' is the only administrator")
                        .contains("give another user the administrator role first");
            }
            JsonObject unchanged = findUser(asKeeper, keeper);
            assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(version);
            assertThat(unchanged.getBoolean("enabled")).isTrue();
        } finally {
            for (JsonObject other : others) {
                revised(asKeeper, other.getString("username"), other.getJsonArray("roles").toString(), true);
            }
        }
        // with the others back, the keeper may step down
        assertThat(revised(as("admin"), keeper, "[\"auditor\"]", true).status()).isEqualTo(200);
    }

    /** A bearer token for a user signed in with Basic. */
    private String token(String username, String password) {
        Http.Reply issued = http.withBasic(username, password).post("api/tokens", null, null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json().getString("token");
    }

    /** An administrator restates a user's roles (a JSON array) and whether the user may sign in. */
    private void revise(String username, String roles, boolean enabled) {
        Http.Reply revised = revised(as("admin"), username, roles, enabled);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    }

    private Http.Reply revised(Http administrator, String username, String roles, boolean enabled) {
        String path = "api/users/" + findUser(administrator, username).getString("id");
        String etag = administrator.get(path).header("ETag").orElseThrow();
        return administrator.put(path, JSON, "{\"roles\": " + roles + ", \"enabled\": " + enabled + "}",
                "If-Match", etag);
    }

    private String newUser(String role) {
        String username = "user-" + RUN + "-" + SEQUENCE.incrementAndGet();
        Http.Reply created = as("admin").post("api/users", JSON, user(username, password(username), role));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private JsonObject findUser(String username) {
        return findUser(as("admin"), username);
    }

    private static JsonObject findUser(Http administrator, String username) {
        return administrator.get("api/users?limit=500").jsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static String user(String username, String password, String role) {
        return "{\"username\": \"%s\", \"password\": \"%s\", \"roles\": [\"%s\"]}".formatted(username, password, role);
    }

    private static String password(String username) {
        return "pw-of-" + username;
    }

    /** The token is refused with a 401 that says why. */
    private static void assertTokenRefused(Http bearer, String why) {
        Http.Reply refused = bearer.get("api/audit?limit=1");
        assertUnauthorized(refused);
        assertThat(refused.json().getString("detail")).contains(why);
    }

    private static void assertUnauthorized(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:kz-registry:problem:unauthorized");
    }
}
