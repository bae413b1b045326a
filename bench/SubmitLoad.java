import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submits declarations to a running declarations-service and prints throughput and latency percentiles. Each
 * request has its own LRN, so every one is a real insert (validate, store, register, outbox, audit).
 *
 * <p>java bench/SubmitLoad.java URL TOKEN TAX_ID CLIENTS SECONDS [RATE_PER_SECOND]: without a rate, each client
 * sends as fast as answers come (closed loop); with one, requests leave on schedule (open loop) and latency is
 * measured from the scheduled time, so a slow server cannot hide its queueing.
 */
public class SubmitLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String token = args[1];
        String taxId = args[2];
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        double rate = args.length > 5 ? Double.parseDouble(args[5]) : 0;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (true) {
                    long scheduled = System.nanoTime();
                    if (rate > 0) {
                        long n = sent.getAndIncrement();
                        scheduled = start + (long) (n * 1_000_000_000L / rate);
                        long wait = scheduled - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                    if (System.nanoTime() > end) {
                        return null;
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(taxId)))
                            .build();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 201) {
                            latencies.add(System.nanoTime() - scheduled);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "requests=%d errors=%d throughput=%.1f/s p50=%.1fms p99=%.1fms max=%.1fms%n",
                sorted.size(),
                errors.get(),
                sorted.size() / elapsed,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static String body(String taxId) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return "{\"lrn\":\"B-" + UUID.randomUUID().toString().substring(0, 30) + "\",\"flow\":\"IMPORT\","
                + "\"procedureCode\":\"A11\",\"gateCode\":\"HUU_NGHI\",\"submissionChannel\":\"ELECTRONIC\","
                + "\"declarant\":{\"taxId\":\"" + taxId + "\",\"name\":\"Công ty TNHH Thương mại Đồng Đăng\"},"
                + "\"counterparty\":{\"name\":\"Pingxiang Trading Co.\",\"country\":\"CN\"},"
                + "\"transport\":{\"mode\":\"ROAD\",\"meansId\":\"12C-34567\",\"arrivalDate\":\"" + today + "\"},"
                + "\"invoice\":{\"number\":\"INV-1\",\"date\":\"" + today + "\",\"currency\":\"USD\",\"amount\":1000.00,"
                + "\"exchangeRateVnd\":25000,\"usdRateVnd\":25000,\"incoterm\":\"DAP\"},"
                + "\"items\":[{\"hsCode\":\"08109094\",\"description\":\"Quả thanh long tươi\",\"originCountry\":\"CN\","
                + "\"quantity\":2000,\"unit\":\"KGM\",\"netMassKg\":2000,\"customsValue\":1000.00}]}";
    }
}
