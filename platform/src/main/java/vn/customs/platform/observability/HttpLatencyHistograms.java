package vn.customs.platform.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Latency buckets on {@code http_server_requests_seconds} (per method, URI template, status), so that a dashboard
 * computes the p99 of each endpoint over any window with {@code histogram_quantile}; a quantile computed in the
 * service could not be aggregated across instances. A fixed ladder of 14 buckets keeps the series few.
 */
@Singleton
public class HttpLatencyHistograms {

    /** Upper bounds from 5 ms to 10 s: the charter counts minutes, an API answer should take milliseconds. */
    static final double[] BUCKETS_NANOS = Stream.of(5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 10000)
            .mapToDouble(millis -> Duration.ofMillis(millis).toNanos())
            .toArray();

    @Produces
    @Singleton
    MeterFilter httpServerLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(BUCKETS_NANOS)
                        .build()
                        .merge(config);
            }
        };
    }
}
