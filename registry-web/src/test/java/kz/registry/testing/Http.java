package kz.registry.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** A plain HTTP client for black-box tests: requests as a script or a browser would send them. */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * HTTP/1.1, as curl and browsers speak plain HTTP: Java's client would otherwise ask to upgrade
     * to h2c, which Payara's HTTP layer handles badly for requests with large bodies or headers.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final HttpClient client;
    private final URI root;
    private final String authorization;

    public Http(URI root) {
        this(CLIENT, root, null);
    }

    private Http(HttpClient client, URI root, String authorization) {
        this.client = client;
        this.root = root;
        this.authorization = authorization;
    }

    /** A client of an HTTPS address that trusts the certificates {@code trust} trusts (a test's own). */
    public static Http overTls(URI root, javax.net.ssl.SSLContext trust) {
        return new Http(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trust)
                .connectTimeout(TIMEOUT).build(), root, null);
    }

    /** The same client, signing every request in with HTTP Basic. */
    public Http withBasic(String username, String password) {
        return new Http(client, root, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The same client, sending a bearer token with every request. */
    public Http withToken(String token) {
        return new Http(client, root, "Bearer " + token);
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A GET whose answer is binary (a workbook, a zip): its status and bytes. */
    public byte[] getBytes(String path, String... headers) {
        try {
            HttpResponse<byte[]> response = client.send(request(path, headers).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String contentType, String body, String... headers) {
        return send(withBody(request(path, headers), contentType, body).POST(publisher(body)));
    }

    public Reply put(String path, String contentType, String body, String... headers) {
        return send(withBody(request(path, headers), contentType, body).PUT(publisher(body)));
    }

    public Reply delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    /** Any method with any body, as a careless or hostile client sends it (a DELETE with a body, a chunked upload). */
    public Reply send(String method, String path, String contentType, HttpRequest.BodyPublisher body, String... headers) {
        return send(withBody(request(path, headers), contentType, "").method(method, body));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(path)).timeout(TIMEOUT);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder builder, String contentType, String body) {
        return contentType == null ? builder : builder.header("Content-Type", contentType);
    }

    private static HttpRequest.BodyPublisher publisher(String body) {
        return body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and body, with the body readable as JSON. */
    public record Reply(int status, java.util.Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The body as a JSON array. */
        public JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public JsonArray jsonArray(String field) {
            return json().getJsonArray(field);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
