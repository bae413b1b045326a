/**
 * What the services tell operators: gauges refreshed from queries (the department's KPIs on {@code /q/metrics}),
 * latency histograms, dead-letter counters known from the start, and the correlation id on the traces.
 */
package vn.customs.platform.observability;
