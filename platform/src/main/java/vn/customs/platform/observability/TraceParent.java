package vn.customs.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The current span as a W3C {@code traceparent} value, for the outbox to store with an event: the relay publishes
 * later, on its own thread, where the request's span is long gone, so the context travels in the row and then in the
 * record's {@code traceparent} header, from which the consumer's Kafka instrumentation continues the trace. Null when
 * there is no span (the SDK off: tests, {@code ./suite up}).
 */
public final class TraceParent {

    /** The header and the W3C Trace Context name. */
    public static final String HEADER = "traceparent";

    private TraceParent() {}

    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid()
                ? "00-" + context.getTraceId() + "-" + context.getSpanId() + "-"
                        + context.getTraceFlags().asHex()
                : null;
    }
}
