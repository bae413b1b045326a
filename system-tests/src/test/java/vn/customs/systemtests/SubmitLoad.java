package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Declarations lodged by enterprises' software from concurrent clients, each answer kept: what a fault story asserts
 * of (which were accepted, what the others got, none left without an answer). A client waits at most
 * {@code clientTimeout} for an answer (longer counts as a hang); it honours a 429's or a 503's {@code Retry-After}
 * before its next request, and never sends a refused declaration again, so that every answer is counted once.
 */
final class SubmitLoad {

    /** One lodging and its answer; {@code hung} when no answer came within the client's timeout. */
    record Outcome(
            String lrn,
            String taxId,
            int status,
            String id,
            String contentType,
            String retryAfter,
            boolean hung,
            String failure,
            long answeredAtNanos,
            String body) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SystemUnderTest suite;
    private final DeclarantsAtAGate declarants;
    private final Duration clientTimeout;
    private final HttpClient http;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger answered = new AtomicInteger();

    SubmitLoad(SystemUnderTest suite, DeclarantsAtAGate declarants, Duration clientTimeout) {
        this.suite = suite;
        this.declarants = declarants;
        this.clientTimeout = clientTimeout;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Starts {@code count} lodgings from {@code clients} concurrent clients; the future ends with the last answer. */
    CompletableFuture<List<Outcome>> start(int count, int clients) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(CompletableFuture.runAsync(
                    () -> {
                        for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                            Outcome outcome = patiently(n);
                            outcomes.add(outcome);
                            answered.incrementAndGet();
                            pauseAsAsked(outcome);
                        }
                    },
                    pool));
        }
        return CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> pool.shutdown())
                .thenApply(done -> List.copyOf(outcomes));
    }

    /** How many lodgings have their answer (or their hang) so far. */
    int answered() {
        return answered.get();
    }

    /** The answers so far that match. */
    long count(Predicate<Outcome> which) {
        synchronized (outcomes) {
            return outcomes.stream().filter(which).count();
        }
    }

    /** Answers by status; a hang counts under {@code hang}, a broken connection under {@code no-answer}. */
    static Map<String, Long> byStatus(List<Outcome> outcomes) {
        Map<String, Long> statuses = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            String key = outcome.hung()
                    ? "hang"
                    : outcome.failure() != null ? "no-answer" : Integer.toString(outcome.status());
            statuses.merge(key, 1L, Long::sum);
        }
        return statuses;
    }

    /** Lodges the n-th declaration; a 429 (over the enterprise's budget, nothing done) is sent again after its pause. */
    private Outcome patiently(int n) {
        DeclarantsAtAGate.Enterprise enterprise = declarants.enterprise(n);
        String lrn = Lodging.lrn();
        String body = Lodging.body(enterprise.taxId(), lrn, declarants.gate(), "ELECTRONIC", "4800.00");
        return TooManyRequests.retried(() -> lodge(enterprise, lrn, body), Outcome::status, Outcome::retryAfter);
    }

    private Outcome lodge(DeclarantsAtAGate.Enterprise enterprise, String lrn, String body) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(suite.baseUrl(Service.DECLARATIONS) + "/api/v1/declarations"))
                .timeout(clientTimeout)
                .header("Authorization", "Bearer " + suite.identities().token(enterprise.user(), Service.DECLARATIONS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String id = response.statusCode() == 201
                    ? JSON.readTree(response.body()).path("id").asText(null)
                    : null;
            return new Outcome(
                    lrn,
                    enterprise.taxId(),
                    response.statusCode(),
                    id,
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    false,
                    null,
                    System.nanoTime(),
                    response.statusCode() < 300 ? null : response.body());
        } catch (HttpTimeoutException timeout) {
            return new Outcome(lrn, enterprise.taxId(), 0, null, null, null, true, timeout.toString(), 0, null);
        } catch (IOException broken) {
            return new Outcome(
                    lrn, enterprise.taxId(), 0, null, null, null, false, broken.toString(), System.nanoTime(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** After a 503 the client waits as asked before its next declaration, as a well-behaved client does. */
    private static void pauseAsAsked(Outcome outcome) {
        if (outcome.status() == 503 && outcome.retryAfter() != null) {
            Duration pause = retryAfter(outcome);
            await().pollDelay(pause).atMost(pause.plusSeconds(1)).until(() -> true);
        }
    }

    private static Duration retryAfter(Outcome outcome) {
        long seconds = outcome.retryAfter() == null ? 1 : Long.parseLong(outcome.retryAfter());
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
