package vn.customs.platform.http;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id that ties together a request, its log lines and the events it causes. Taken from the caller's
 * {@code X-Correlation-ID} when it is a sensible token, generated otherwise; held in the logging MDC, which
 * Quarkus carries across the threads of one request.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-ID";
    public static final String MDC_KEY = "correlationId";

    /** Letters, digits and a few separators, at most 128 characters: safe to log and to echo. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private CorrelationId() {}

    /** The caller's id when acceptable, a new one otherwise. */
    public static String acceptOrGenerate(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }

    /** The current request's (or event's) correlation id, if there is one. */
    public static Optional<String> current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    static void set(String id) {
        MDC.put(MDC_KEY, id);
    }
}
