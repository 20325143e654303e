package kz.registry.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The registry over HTTP, as one signed-in user: JSON in and out, bearer token once signed in. */
final class Api {

    /** An answer: its status (-1 when none came: the connection failed or timed out), body and headers (null then). */
    record Reply(int status, String body, java.net.http.HttpHeaders headers) {

        Reply(int status, String body) {
            this(status, body, null);
        }

        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        Reply expect(int wanted) {
            if (status != wanted) {
                throw new IllegalStateException("expected " + wanted + ", got " + status + ": " + body);
            }
            return this;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String base;
    private final String basic;
    private final boolean bearer;
    private volatile String authorization;

    private Api(String base, String basic, boolean bearer) {
        this.base = base;
        this.basic = basic;
        this.bearer = bearer;
        this.authorization = basic;
    }

    /** A client that sends this Authorization header as it is (null: none), never renewing anything. */
    static Api sending(String base, String authorization) {
        return new Api(base, authorization, false);
    }

    /** The header this client signs its requests with now. */
    String authorization() {
        return authorization;
    }

    /** The users a run works as, made by the first administrator: finance, clerk and auditor, with one password. */
    static void createUsers(Api admin, String password) {
        for (String[] user : java.util.List.of(new String[] {"finance", "finance-officer"},
                new String[] {"clerk", "court-clerk"}, new String[] {"auditor", "auditor"})) {
            admin.postJson("api/users", "{\"username\": \"" + user[0] + "\", \"password\": \"" + password
                    + "\", \"roles\": [\"" + user[1] + "\"]}").expect(201);
        }
    }

    static Api basic(String base, String user, String password) {
        return new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), false);
    }

    /**
     * The same user with a bearer token (Basic costs a PBKDF2 hash on every request), asked for
     * again when it expires: a national-scale load outlasts a token.
     */
    Api withToken() {
        Api signedIn = new Api(base, basic, true);
        signedIn.renew(null);
        return signedIn;
    }

    private synchronized void renew(String expired) {
        if (expired != null && !expired.equals(authorization)) {
            return; // another client renewed it already
        }
        Reply token = send(HttpRequest.newBuilder(URI.create(base + "api/tokens")).timeout(Duration.ofMinutes(1))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build()).expect(200);
        authorization = "Bearer " + token.json().getString("token");
    }

    Reply get(String path) {
        return renewing(() -> request(path).GET().build());
    }

    /** A JSON change of the version an entity tag names. */
    Reply put(String path, String body, String ifMatch) {
        return renewing(() -> request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply post(String path, String contentType, String body) {
        return renewing(() -> request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Sends, and once more with a new token if the server says the token expired. */
    private Reply renewing(java.util.function.Supplier<HttpRequest> request) {
        String used = authorization;
        Reply reply = send(request.get());
        if (reply.status() == 401 && bearer) {
            renew(used);
            reply = send(request.get());
        }
        return reply;
    }

    Reply postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    /** A JSON POST with an idempotency key, abandoned (status -1) when no answer came within {@code timeout}. */
    Reply postJson(String path, String body, String idempotencyKey, Duration timeout) {
        return renewing(() -> request(path).timeout(timeout).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A GET whose body is read and counted, never held: for exports. */
    long download(String path) {
        try {
            HttpResponse<InputStream> reply = CLIENT.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("export answered " + reply.statusCode());
            }
            long bytes = 0;
            try (InputStream in = reply.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    bytes += read;
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Accept", "application/json");
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> reply = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(reply.statusCode(), reply.body(), reply.headers());
        } catch (IOException e) {
            return new Reply(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
