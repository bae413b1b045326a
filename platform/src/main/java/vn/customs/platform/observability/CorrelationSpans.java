package vn.customs.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.customs.platform.http.CorrelationId;

/**
 * Puts the request's correlation id on its server span ({@value #ATTRIBUTE}), so that a trace is found from the id a
 * caller quotes, and the traces of one story (the request, then each consumer of its events, which carry the same id)
 * are found together. Runs right after the platform's edge has taken or made the id. Without a collector the span is a
 * no-op and this costs nothing.
 */
@ApplicationScoped
public class CorrelationSpans {

    /** The span attribute; the Kafka consumers' spans carry it too (see the inbox). */
    public static final String ATTRIBUTE = "customs.correlation_id";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            CorrelationId.current().ifPresent(id -> Span.current().setAttribute(ATTRIBUTE, id));
            context.next();
        });
    }
}
