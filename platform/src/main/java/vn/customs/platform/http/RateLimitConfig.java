package vn.customs.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Request budgets per caller and operation ({@code customs.rate-limit.*}). A caller is the token's subject, or the
 * client address for a request without a token (a stricter budget). Counted per instance: behind a load balancer
 * with n instances a caller gets up to n times the budget, unless the gateway enforces a global one.
 */
@ConfigMapping(prefix = "customs.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Every operation of {@code /api/}, per token subject. */
    Budget caller();

    /** Every operation of {@code /api/}, per client address, for requests without a bearer token. */
    PublicBudget anonymous();

    /**
     * Budgets of their own for some operations, keyed {@code "METHOD /api/v1/path"} where a segment may be
     * {@code *} (any one segment): {@code customs.rate-limit.operations."POST /api/v1/declarations".requests=120}.
     * Counted per caller (or address) and operation, in addition to the caller's budget.
     */
    Map<String, Budget> operations();

    /** A number of requests per period (a fixed window that starts with the caller's first request). */
    interface Budget {
        @WithDefault("1200")
        int requests();

        @WithDefault("PT1M")
        Duration period();
    }

    /** The stricter budget of callers without a token. */
    interface PublicBudget {
        @WithDefault("60")
        int requests();

        @WithDefault("PT1M")
        Duration period();
    }
}
