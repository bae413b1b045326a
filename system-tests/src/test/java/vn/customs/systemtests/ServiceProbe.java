package vn.customs.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * What an operator's probes read from a service: readiness ({@code /q/health/ready}) and a Prometheus gauge of
 * {@code /q/metrics} (no token needed for either, as in production). A probe that gets no answer in 10 s says so.
 */
final class ServiceProbe {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceProbe() {}

    /** Whether the service answers ready: 200 and every check UP (the database and Kafka among them). */
    static boolean ready(SystemUnderTest suite, Service service) {
        String body = get(suite, service, "/q/health/ready", 200);
        return body != null && body.replace(" ", "").contains("\"status\":\"UP\"");
    }

    /** The sum of a gauge's samples (every label set), or empty when the service does not answer. */
    static OptionalDouble metric(SystemUnderTest suite, Service service, String name) {
        String body = get(suite, service, "/q/metrics", 200);
        if (body == null) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        boolean found = false;
        for (String line : body.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    private static String get(SystemUnderTest suite, Service service, String path, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(suite.baseUrl(service) + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == expected ? response.body() : null;
        } catch (IOException noAnswer) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
