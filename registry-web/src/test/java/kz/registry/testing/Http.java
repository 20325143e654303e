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
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A plain HTTP client for black-box tests: requests as a script or a browser would send them. */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI root;

    public Http(URI root) {
        this.root = root;
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
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

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(path)).timeout(TIMEOUT);
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

        public JsonArray jsonArray(String field) {
            return json().getJsonArray(field);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
