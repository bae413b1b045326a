-- The W3C traceparent of the span that recorded the event (null while tracing is off): the relay publishes it as the
-- record's traceparent header, so that a consumer's span continues the trace of the request that caused the event.
ALTER TABLE platform_outbox ADD COLUMN trace_parent text;
