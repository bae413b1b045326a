import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submits declarations to a running declarations-service and prints throughput and latency percentiles. Each
 * request has its own LRN, so every one is a real insert (validate, store, register, outbox, audit).
 *
 * <p>java bench/SubmitLoad.java URL TOKEN TAX_ID CONNECTIONS SECONDS [RATE_PER_SECOND]: without a rate, each
 * connection sends as fast as answers come (closed loop); with one, requests leave on schedule (open loop) and
 * latency is measured from the scheduled time, so a slow server cannot hide its queueing (no coordinated omission).
 * Both send for 3 s before they start counting.
 *
 * <p>It speaks HTTP/1.1 over plain keep-alive sockets rather than through {@code java.net.http.HttpClient}: on a
 * two-core machine the load generator shares the CPU with the service and PostgreSQL, and the JDK client spent
 * about 3 ms of CPU per request, as much as the service's own work. SUBMIT_LOAD_TIMELINE=1 also prints, on standard
 * error, the 100 ms windows in which a request took over 50 ms.
 */
public class SubmitLoad {

    private static final int LEAD_IN_SECONDS = 3;

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String token = args[1];
        String taxId = args[2];
        int connections = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        double rate = args.length > 5 ? Double.parseDouble(args[5]) : 0;
        Latencies latencies = new Latencies();
        SlowWindows slowWindows = new SlowWindows();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong tickets = new AtomicLong();
        String run = Long.toString(System.currentTimeMillis(), 36);
        // the first seconds are sent but not counted: they would measure this program's own JIT and connection
        // set-up (about 100 ms for the first requests), not the service
        long start = System.nanoTime();
        long measuredFrom = start + TimeUnit.SECONDS.toNanos(LEAD_IN_SECONDS);
        long end = measuredFrom + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            String lrnPrefix = "B" + run + "-" + c + "-";
            pool.submit(() -> {
                Connection connection = null;
                for (long n = 0; ; n++) {
                    long scheduled = System.nanoTime();
                    if (rate > 0) {
                        scheduled = start + (long) (tickets.getAndIncrement() * 1e9 / rate);
                        long wait = scheduled - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                    if (System.nanoTime() > end) {
                        if (connection != null) {
                            connection.close();
                        }
                        return null;
                    }
                    byte[] body = body(lrnPrefix + n, taxId);
                    try {
                        if (connection == null) {
                            connection = new Connection(url, token);
                        }
                        int status = connection.post(body);
                        if (scheduled < measuredFrom) {
                            continue;
                        }
                        if (status == 201) {
                            latencies.add(System.nanoTime() - scheduled);
                            slowWindows.add(scheduled - measuredFrom, System.nanoTime() - scheduled);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(LEAD_IN_SECONDS + seconds + 60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - measuredFrom) / 1e9;
        long[] sorted = latencies.sorted();
        System.out.printf(
                "requests=%d errors=%d throughput=%.1f/s p50=%.1fms p99=%.1fms max=%.1fms%n",
                sorted.length,
                errors.get(),
                sorted.length / elapsed,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        if (System.getenv("SUBMIT_LOAD_TIMELINE") != null) {
            slowWindows.print();
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static byte[] body(String lrn, String taxId) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return ("{\"lrn\":\"" + lrn + "\",\"flow\":\"IMPORT\","
                        + "\"procedureCode\":\"A11\",\"gateCode\":\"HUU_NGHI\",\"submissionChannel\":\"ELECTRONIC\","
                        + "\"declarant\":{\"taxId\":\"" + taxId + "\",\"name\":\"Công ty TNHH Thương mại Đồng Đăng\"},"
                        + "\"counterparty\":{\"name\":\"Pingxiang Trading Co.\",\"country\":\"CN\"},"
                        + "\"transport\":{\"mode\":\"ROAD\",\"meansId\":\"12C-34567\",\"arrivalDate\":\"" + today + "\"},"
                        + "\"invoice\":{\"number\":\"INV-1\",\"date\":\"" + today + "\",\"currency\":\"USD\",\"amount\":1000.00,"
                        + "\"exchangeRateVnd\":25000,\"usdRateVnd\":25000,\"incoterm\":\"DAP\"},"
                        + "\"items\":[{\"hsCode\":\"08109094\",\"description\":\"Quả thanh long tươi\",\"originCountry\":\"CN\","
                        + "\"quantity\":2000,\"unit\":\"KGM\",\"netMassKg\":2000,\"customsValue\":1000.00}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One keep-alive HTTP/1.1 connection: writes a POST, reads the status and skips the body. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] head;

        Connection(URI url, String token) throws IOException {
            socket = new Socket(url.getHost(), url.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            head = ("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                            + "\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        int post(byte[] body) throws IOException {
            out.write(head);
            out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed by the server");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken connection: nothing to do
            }
        }
    }

    /**
     * With SUBMIT_LOAD_TIMELINE set, the 100 ms windows (by scheduled time) whose slowest request took over 50 ms:
     * tells a stall that hits every request in flight from latency spread evenly over the run.
     */
    private static final class SlowWindows {
        private final java.util.TreeMap<Long, long[]> windows = new java.util.TreeMap<>();

        synchronized void add(long sinceStart, long latency) {
            long[] window = windows.computeIfAbsent(sinceStart / 100_000_000L, w -> new long[2]);
            window[0] = Math.max(window[0], latency);
            window[1] += latency > 50_000_000L ? 1 : 0;
        }

        synchronized void print() {
            windows.forEach((window, slow) -> {
                if (slow[1] > 0) {
                    System.err.printf(
                            "t=%6.1fs slowest=%7.1fms over-50ms=%d%n", window / 10.0, slow[0] / 1e6, slow[1]);
                }
            });
        }
    }

    /** Latencies in nanoseconds, added from many threads. */
    private static final class Latencies {
        private long[] values = new long[1 << 16];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
