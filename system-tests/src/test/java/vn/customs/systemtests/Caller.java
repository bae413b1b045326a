package vn.customs.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Someone calling the services' public HTTP APIs: a user with his Keycloak tokens, or nobody (no token, as the
 * hotline's public side is called). Bodies are JSON text or objects Jackson writes; answers are {@link Answer}s.
 */
public final class Caller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Function<Service, String> token;
    private final Function<Service, String> baseUrl;
    private final HttpClient http;
    private final Map<String, String> headers;

    Caller(String name, Function<Service, String> token, Function<Service, String> baseUrl, HttpClient http) {
        this(name, token, baseUrl, http, Map.of());
    }

    private Caller(
            String name,
            Function<Service, String> token,
            Function<Service, String> baseUrl,
            HttpClient http,
            Map<String, String> headers) {
        this.name = name;
        this.token = token;
        this.baseUrl = baseUrl;
        this.http = http;
        this.headers = headers;
    }

    /** The same caller sending one more header with each request. */
    public Caller with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Caller(name, token, baseUrl, http, more);
    }

    public Answer get(Service service, String path) {
        return send(service, "GET", path, null);
    }

    public Answer post(Service service, String path, Object body) {
        return send(service, "POST", path, body);
    }

    public Answer put(Service service, String path, Object body) {
        return send(service, "PUT", path, body);
    }

    /**
     * A state transition the way every API of the suite wants it: read the resource for its ETag, then POST (or PUT)
     * {@code resource + step} with {@code If-Match}.
     */
    public Answer step(Service service, String method, String resource, String step, Object body) {
        String etag = get(service, resource).expect(200).etag();
        return with("If-Match", etag).send(service, method, resource + step, body);
    }

    public Answer step(Service service, String resource, String step, Object body) {
        return step(service, "POST", resource, step, body);
    }

    private Answer send(Service service, String method, String path, Object body) {
        String url = baseUrl.apply(service) + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        String bearer = token.apply(service);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text(body)));
        }
        String described = name + " " + method + " " + service + " " + path;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(described, response.statusCode(), response, parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(described + ": no answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(described + ": interrupted", e);
        }
    }

    private static String text(Object body) {
        if (body instanceof String string) {
            return string;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return Answer.missing();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return Answer.missing();
        }
    }
}
