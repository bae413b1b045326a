package vn.customs.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Rate limits (OWASP API4) for every {@code /api/} request, before any work is done for it: a budget per caller (the
 * bearer token's subject), a stricter one per client address for requests without a token, and budgets of their own
 * for the operations configuration names. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining}
 * and {@code RateLimit-Reset} (seconds) for the tightest budget the request counted against; over budget, the answer
 * is 429 problem+json with {@code Retry-After}.
 *
 * <p>The subject is read from the token without verifying it, since verification comes later: a forged token only
 * spends its own subject's budget and is then refused with 401. Counters are per instance (see
 * {@link RateLimitConfig}).
 */
@ApplicationScoped
public class RateLimitEdge {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    private static final Logger LOG = Logger.getLogger(RateLimitEdge.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One configured operation budget: a method, a path whose {@code *} segments match any one segment. */
    private record Operation(String key, String method, String[] segments, RateLimitConfig.Budget budget) {

        static Operation parse(String key, RateLimitConfig.Budget budget) {
            String[] parts = key.trim().split("\\s+", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException(
                        "customs.rate-limit.operations keys look like \"POST /api/v1/declarations\": " + key);
            }
            return new Operation(key, parts[0].toUpperCase(), parts[1].split("/"), budget);
        }

        boolean matches(String method, String[] path) {
            if (!this.method.equals(method) || path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (!segments[i].equals("*") && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final RateLimitConfig config;
    private final List<Operation> operations;
    private final RateLimiter limiter = new RateLimiter();

    RateLimitEdge(RateLimitConfig config) {
        this.config = config;
        this.operations = config.operations().entrySet().stream()
                .map(entry -> Operation.parse(entry.getKey(), entry.getValue()))
                .toList();
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            // right after the edge's own checks (correlation id, body size), before authentication and JAX-RS
            router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        if (isCorsPreflight(context)) {
            // A browser asks before each new URL it reads with a token (the KPI board: a dozen at once); the CORS
            // filter answers it without doing any work, and counting it would spend the anonymous budget of the
            // page's address on questions, not requests.
            context.next();
            return;
        }
        long now = System.nanoTime();
        String subject = subject(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        String caller = subject != null ? "subject:" + subject : "address:" + address(context);
        RateLimiter.Decision tightest = subject != null
                ? limiter.take(
                        caller,
                        config.caller().requests(),
                        config.caller().period().toNanos(),
                        now)
                : limiter.take(
                        caller,
                        config.anonymous().requests(),
                        config.anonymous().period().toNanos(),
                        now);
        String[] path = context.request().path().split("/");
        String method = context.request().method().name();
        for (Operation operation : operations) {
            if (operation.matches(method, path)) {
                RateLimiter.Decision decision = limiter.take(
                        caller + " " + operation.key(),
                        operation.budget().requests(),
                        operation.budget().period().toNanos(),
                        now);
                tightest = tighter(tightest, decision);
            }
        }
        context.response()
                .putHeader(LIMIT, Integer.toString(tightest.limit()))
                .putHeader(REMAINING, Integer.toString(tightest.remaining()))
                .putHeader(RESET, Long.toString(tightest.resetSeconds()));
        if (tightest.allowed()) {
            context.next();
            return;
        }
        LOG.debugf(
                "Rate limit reached by %s on %s %s",
                caller, method, context.request().path());
        Problem problem = new Problem(
                Problem.type("rate-limited"),
                "Too many requests",
                429,
                "This caller has used its budget of " + tightest.limit() + " requests; try again in "
                        + tightest.resetSeconds() + " s.",
                context.request().path(),
                CorrelationId.current().orElse(null),
                null);
        context.response()
                .setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(tightest.resetSeconds()))
                .end(ProblemJson.write(problem));
    }

    /** A refusal beats an allowance; between two of the same kind, the one with less left. */
    private static RateLimiter.Decision tighter(RateLimiter.Decision a, RateLimiter.Decision b) {
        if (a.allowed() != b.allowed()) {
            return a.allowed() ? b : a;
        }
        return b.remaining() < a.remaining() ? b : a;
    }

    private static boolean isCorsPreflight(RoutingContext context) {
        return context.request().method() == io.vertx.core.http.HttpMethod.OPTIONS
                && context.request().getHeader("Access-Control-Request-Method") != null
                && context.request().getHeader("Origin") != null;
    }

    private static String address(RoutingContext context) {
        return context.request().remoteAddress() == null
                ? "unknown"
                : context.request().remoteAddress().hostAddress();
    }

    /** The {@code sub} claim of a bearer JWT, unverified; null without a readable one. */
    static String subject(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3 || parts[1].length() > 8192) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode sub = claims == null ? null : claims.get("sub");
            return sub != null && sub.isTextual() && !sub.asText().isEmpty() ? sub.asText() : null;
        } catch (Exception unreadable) {
            return null;
        }
    }
}
