import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * Latency of staffing's posting events from the commit of the move in staffing to the commit of declarations' roster
 * projection (officer_postings) that applied them, at a fixed rate of events per second.
 *
 * <p>The changes go through staffing's own API ({@code POST /officers/{id}/postings}), so the service commits them as
 * it always does and its outbox relay is woken by its own commits. Each move publishes two events (PostingEnded for
 * the post left, OfficerPosted for the new one), both applied by declarations' {@code declarations.officers}
 * consumer: a rate of R events per second is R/2 moves per second. The bench creates its own team (BENCH_LATENCY,
 * under the department), posts and officers, so that no move is refused and the demo data's units, posts and officers
 * stay as they were (the bench's postings start in 2030, in a unit no rotation plan or gate names).
 *
 * <p>Both ends are stamped by the database, on one machine clock: a deferred constraint trigger runs at the end of
 * each transaction, just before it commits, and writes {@code clock_timestamp()} to a bench table, on staffing's
 * {@code platform_outbox} (the producer's commit) and on declarations' {@code platform_inbox} (the consumer's commit,
 * in the same transaction as the projection's update). The triggers and tables are created at the start and dropped
 * at the end. The outbox feed's {@code sent_at} (when the relay read the batch) and the inbox's {@code processed_at}
 * (when the consumer's transaction began) split the latency into relay wait, Kafka and consumer.
 *
 * <p>Configured by environment: STAFFING_URL, PG_HOST, PG_PORT, SUITE_KEYS (the suite's token key directory), RATES
 * (events per second, e.g. 50,500), MEASURE_SECONDS, LEAD_IN_SECONDS, OFFICERS, POSTS, OUT (directory for the plot data).
 * Exits 1 when something is broken: a move refused (other than shed with 503 or 429 under overload) or unanswered,
 * or an event that never reached the projection.
 */
public class EventLatency {

    static final String CONSUMER = "declarations.officers";
    static final String UNIT = "BENCH_LATENCY";
    static final int SUBJECTS = 64; // 1200 requests a minute each (the per-caller rate limit): room for 1000/s
    static final Duration CATCH_UP = Duration.ofSeconds(120);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);

    final String staffingUrl = env("STAFFING_URL", "http://127.0.0.1:8082");
    final String pgHost = env("PG_HOST", "127.0.0.1");
    final String pgPort = env("PG_PORT", "15432");
    final Path keys = Path.of(env("SUITE_KEYS", ".suite/keys"));
    final int seconds = Integer.parseInt(env("MEASURE_SECONDS", "30"));
    final int leadIn = Integer.parseInt(env("LEAD_IN_SECONDS", "3"));
    final int warmUp = Integer.parseInt(env("WARMUP_SECONDS", "20"));
    final int officerCount = Integer.parseInt(env("OFFICERS", "300"));
    final int postCount = Integer.parseInt(env("POSTS", "20"));
    final Path out = Path.of(env("OUT", "target/event-latency"));
    final String run = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L, 36).toUpperCase();
    final List<String> tokens = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.exit(new EventLatency().measure(args.length > 0 ? args[0] : env("RATES", "50,500")));
    }

    int measure(String rates) throws Exception {
        Files.createDirectories(out);
        try (Connection staffing = connect("staffing");
                Connection declarations = connect("declarations")) {
            instrument(staffing, declarations);
            try {
                for (int i = 0; i < SUBJECTS; i++) {
                    tokens.add(LocalTokenIssuer.inDirectory(keys)
                            .token(
                                    "bench-event-latency-" + i,
                                    List.of("customs-staffing"),
                                    List.of("PERSONNEL"),
                                    Map.of(),
                                    Duration.ofHours(2)));
                }
                List<Officer> officers = setUp(staffing);
                int first = Integer.parseInt(rates.split(",")[0].trim());
                if (warmUp > 0) {
                    // the JIT compiles the move, the relay and the consumers' paths before anything is measured
                    System.out.printf("== warm-up: %d events/s for %d s, not measured%n", first, warmUp);
                    phase(first, warmUp, false, officers, staffing, declarations);
                }
                boolean broken = false;
                for (String rate : rates.split(",")) {
                    broken |= !phase(Integer.parseInt(rate.trim()), seconds, true, officers, staffing, declarations);
                }
                for (String rate : env("KAFKA_RATES", "").split(",")) {
                    if (!rate.isBlank()) {
                        broken |= !consumerPath(Integer.parseInt(rate.trim()), declarations);
                    }
                }
                return broken ? 1 : 0;
            } finally {
                uninstrument(staffing, declarations);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- instrumentation

    void instrument(Connection staffing, Connection declarations) throws SQLException {
        uninstrument(staffing, declarations); // what an interrupted run left
        exec(
                staffing,
                "CREATE UNLOGGED TABLE bench_event_commit (event_id uuid PRIMARY KEY, committed_at timestamptz NOT NULL)",
                "CREATE FUNCTION bench_event_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " INSERT INTO bench_event_commit VALUES (NEW.event_id, clock_timestamp()); RETURN NULL; END $$",
                // DEFERRABLE INITIALLY DEFERRED: runs when the transaction commits, after all of its work
                "CREATE CONSTRAINT TRIGGER bench_event_commit AFTER INSERT ON platform_outbox"
                        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                        + " WHEN (NEW.event_type IN ('customs.staffing.OfficerPosted.v1', 'customs.staffing.PostingEnded.v1'))"
                        + " EXECUTE FUNCTION bench_event_commit()");
        exec(
                declarations,
                "CREATE UNLOGGED TABLE bench_event_applied (event_id text PRIMARY KEY, processed_at timestamptz NOT NULL,"
                        + " applied_at timestamptz NOT NULL)",
                "CREATE FUNCTION bench_event_applied() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " INSERT INTO bench_event_applied VALUES (NEW.event_id, NEW.processed_at, clock_timestamp());"
                        + " RETURN NULL; END $$",
                "CREATE CONSTRAINT TRIGGER bench_event_applied AFTER INSERT ON platform_inbox"
                        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.consumer = '" + CONSUMER + "')"
                        + " EXECUTE FUNCTION bench_event_applied()");
    }

    void uninstrument(Connection staffing, Connection declarations) throws SQLException {
        exec(
                staffing,
                "DROP TRIGGER IF EXISTS bench_event_commit ON platform_outbox",
                "DROP FUNCTION IF EXISTS bench_event_commit()",
                "DROP TABLE IF EXISTS bench_event_commit");
        exec(
                declarations,
                "DROP TRIGGER IF EXISTS bench_event_applied ON platform_inbox",
                "DROP FUNCTION IF EXISTS bench_event_applied()",
                "DROP TABLE IF EXISTS bench_event_applied");
    }

    // ----------------------------------------------------------------------------------------------------- set-up

    /** An officer of the bench, moving between his two posts one day later each time. */
    static final class Officer {
        final String id;
        final String[] posts;
        int at;
        LocalDate next;

        Officer(String id, String[] posts, LocalDate next) {
            this.id = id;
            this.posts = posts;
            this.next = next;
        }
    }

    List<Officer> setUp(Connection staffing) throws Exception {
        // the bench's own team under the department: its posts are in no rotation plan's scope and no gate's
        Http http = new Http(URI.create(staffingUrl));
        String unitId = single(
                staffing, "SELECT coalesce((SELECT id::text FROM units WHERE code = '" + UNIT + "'), '')");
        if (unitId.isEmpty()) {
            unitId = id(
                    http.post(
                            "/api/v1/units",
                            tokens.get(0),
                            "{\"code\":\"" + UNIT + "\",\"name\":\"Bench: event latency (bench/event-latency)\","
                                    + "\"kind\":\"TEAM\",\"parentCode\":\"DEPT\",\"remoteArea\":false}"),
                    201,
                    "create the bench's team");
        }
        String[] posts = new String[postCount];
        for (int p = 0; p < postCount; p++) {
            String body = "{\"unitId\":\"" + unitId + "\",\"title\":\"Bench event latency " + run + " post " + p
                    + "\",\"function\":\"ACCOUNTING\",\"sensitive\":false,\"rotationPeriodMonths\":36,\"minStaff\":0,"
                    + "\"establishment\":500,\"minRank\":\"CUSTOMS_STAFF\",\"headOfUnit\":false}";
            posts[p] = id(http.post("/api/v1/posts", tokens.get(p % SUBJECTS), body), 201, "create a post");
        }
        // set-up requests in parallel (a few connections), so that 300 officers take seconds, not a minute
        List<Officer> officers = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger failures = new AtomicInteger();
        LocalDate start = LocalDate.of(2030, 1, 1);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.submit(() -> {
                Http h = new Http(URI.create(staffingUrl));
                for (int i = thread; i < officerCount; i += 4) {
                    try {
                        String token = tokens.get(i % SUBJECTS);
                        String officerId = id(
                                h.post(
                                        "/api/v1/officers",
                                        token,
                                        "{\"serviceNumber\":\"BL" + run + "N" + i + "\",\"fullName\":\"Bench Latency "
                                                + run + " " + i + "\",\"rank\":\"INSPECTOR\",\"dateOfBirth\":"
                                                + "\"1995-01-01\",\"retirementDate\":\"2055-01-01\",\"homeUnitCode\":\""
                                                + UNIT + "\",\"declaredInterests\":[]}"),
                                201,
                                "register an officer");
                        // officers in pairs of posts, so that concurrent moves rarely wait for one post's lock
                        int pair = i % (postCount / 2);
                        Officer officer =
                                new Officer(officerId, new String[] {posts[2 * pair], posts[2 * pair + 1]}, start);
                        id(h.post(postingsPath(officer), token, moveBody(officer, 0, "INITIAL")), 201, "post him");
                        officer.next = start.plusDays(1);
                        officers.add(officer);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println("set-up: " + e.getMessage());
                    }
                }
                h.close();
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        http.close();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " officers could not be set up");
        }
        return officers;
    }

    static String postingsPath(Officer officer) {
        return "/api/v1/officers/" + officer.id + "/postings";
    }

    static String moveBody(Officer officer, int to, String kind) {
        return "{\"postId\":\"" + officer.posts[to] + "\",\"from\":\"" + officer.next + "\",\"kind\":\"" + kind
                + "\",\"decisionNumber\":\"BENCH-" + officer.next + "\"}";
    }

    // ------------------------------------------------------------------------------------------------------ phase

    /** Moves at rate/2 a second (two events each) for lead-in + seconds; measures the events of the last seconds. */
    boolean phase(
            int eventsPerSecond,
            int seconds,
            boolean report,
            List<Officer> officers,
            Connection staffing,
            Connection declarations)
            throws Exception {
        double movesPerSecond = eventsPerSecond / 2.0;
        ConcurrentLinkedQueue<Officer> free = new ConcurrentLinkedQueue<>(officers);
        AtomicLong tickets = new AtomicLong();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger shed = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        long[] httpNanos = new long[(int) (movesPerSecond * (seconds + leadIn) * 1.1) + 16];
        AtomicInteger httpCount = new AtomicInteger();
        // enough connections that a slow answer does not hold back the schedule (open loop)
        int connections = Math.max(8, Math.min(64, (int) Math.ceil(movesPerSecond / 4)));
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(leadIn + seconds);
        // a service far behind its schedule is not sent the rest (counted as not sent): the phase ends on time
        long cutOff = end + TimeUnit.SECONDS.toNanos(5);
        Cpu cpuBefore = Cpu.read();
        String from = dbNow(staffing, leadIn);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                Http h = new Http(URI.create(staffingUrl));
                while (true) {
                    long k = tickets.getAndIncrement();
                    long scheduled = start + (long) (k * 1e9 / movesPerSecond);
                    if (scheduled > end) {
                        break;
                    }
                    long wait = scheduled - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    Officer officer = System.nanoTime() > cutOff ? null : free.poll();
                    if (officer == null) {
                        skipped.incrementAndGet(); // the service is far behind: every officer has a move in flight
                        continue;
                    }
                    try {
                        Http.Answer answer =
                                h.post(postingsPath(officer), tokens.get((int) (k % SUBJECTS)), moveBody(officer, 1 - officer.at, "PERIODIC_ROTATION"));
                        if (answer.status() == 201) {
                            officer.at = 1 - officer.at;
                            officer.next = officer.next.plusDays(1);
                            int n = httpCount.getAndIncrement();
                            if (n < httpNanos.length) {
                                httpNanos[n] = System.nanoTime() - scheduled;
                            }
                        } else if (answer.status() == 503 || answer.status() == 429) {
                            // the service shedding load it cannot take now (Retry-After): nothing was changed, and
                            // nothing is lost; the officer is moved at a later tick
                            if (shed.incrementAndGet() <= 3) {
                                System.out.println("   move shed: " + answer.status() + " " + answer.body());
                            }
                        } else {
                            if (refused.incrementAndGet() <= 3) {
                                System.out.println("   move refused: " + answer.status() + " " + answer.body());
                            }
                        }
                    } catch (IOException e) {
                        refused.incrementAndGet();
                        System.out.println("   move failed: " + e);
                        h.close();
                        h = new Http(URI.create(staffingUrl));
                    } finally {
                        free.add(officer);
                    }
                }
                h.close();
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(leadIn + seconds + 300, TimeUnit.SECONDS);
        String to = dbNow(staffing, 0);
        Cpu cpu = Cpu.read().minus(cpuBefore);
        double window = Double.parseDouble(single(
                staffing, "SELECT extract(epoch FROM '" + to + "'::timestamptz - '" + from + "'::timestamptz)"));

        // the events committed in the measured window, and when the relay read them
        Map<String, long[]> events = new HashMap<>();
        Map<Long, Integer> batches = new HashMap<>();
        try (PreparedStatement select = staffing.prepareStatement("SELECT c.event_id::text,"
                + " (extract(epoch FROM c.committed_at) * 1e6)::bigint,"
                + " (extract(epoch FROM f.sent_at) * 1e6)::bigint"
                + " FROM bench_event_commit c JOIN platform_outbox o USING (event_id)"
                + " LEFT JOIN platform_outbox_feed f USING (position)"
                + " WHERE c.committed_at >= ?::timestamptz AND c.committed_at < ?::timestamptz")) {
            select.setString(1, from);
            select.setString(2, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.put(rows.getString(1), new long[] {rows.getLong(2), 0, 0, 0});
                }
            }
        }
        // wait until every one of them reached the projection (and was read by the relay)
        // a slow consumer is waited for as long as it makes progress: only one that stops is broken
        long catchUpStart = System.nanoTime();
        int applied = awaitApplied(declarations, events, from);
        double catchUp = (System.nanoTime() - catchUpStart) / 1e9;
        readSent(staffing, events, from, to, batches);

        if (!report) {
            return true;
        }
        int moves = httpCount.get();
        long[] http = Arrays.copyOf(httpNanos, Math.min(moves, httpNanos.length));
        Arrays.sort(http);
        long[] total = column(events, e -> e[3] - e[0]);
        long[] relay = column(events, e -> e[1] - e[0]);
        long[] kafka = column(events, e -> e[2] - e[1]);
        long[] consumer = column(events, e -> e[3] - e[2]);
        double measured = events.size() / window;
        System.out.printf(
                "== %d events/s (%.0f moves/s through staffing's API), %d s measured after %d s lead-in%n",
                eventsPerSecond, movesPerSecond, seconds, leadIn);
        System.out.printf(
                "   moves: %d answered 201, %d refused or failed, %d shed (503/429, Retry-After), %d not sent (service"
                        + " behind schedule); API answer p50=%.1fms p99=%.1fms (from the scheduled time)%n",
                moves, refused.get(), shed.get(), skipped.get(), pct(http, 0.5) / 1e6, pct(http, 0.99) / 1e6);
        System.out.printf(
                "   events committed in the measured window: %d in %.1f s (%.0f/s reached), applied by %s: %d"
                        + " (the last %.1f s after the moves ended)%n",
                events.size(), window, measured, CONSUMER, applied, catchUp);
        System.out.println("   CPU during the phase (seconds of CPU per second of phase): " + cpu.describe());
        System.out.printf(
                "   latency commit->projection: p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n",
                pct(total, 0.5) / 1e3, pct(total, 0.9) / 1e3, pct(total, 0.99) / 1e3, pct(total, 1) / 1e3);
        System.out.printf(
                "   of which: relay wait (commit->relay read) p50=%.1fms p99=%.1fms; relay read->consumer start"
                        + " p50=%.1fms p99=%.1fms; consumer transaction p50=%.1fms p99=%.1fms%n",
                pct(relay, 0.5) / 1e3, pct(relay, 0.99) / 1e3, pct(kafka, 0.5) / 1e3, pct(kafka, 0.99) / 1e3,
                pct(consumer, 0.5) / 1e3, pct(consumer, 0.99) / 1e3);
        int[] sizes = batches.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        System.out.printf(
                "   relay batches: %d, events per batch mean=%.1f max=%d%n",
                sizes.length,
                sizes.length == 0 ? 0 : Arrays.stream(sizes).average().orElse(0),
                sizes.length == 0 ? 0 : sizes[sizes.length - 1]);
        System.out.printf(
                "RESULT rate=%d reached=%.0f events=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f relay_p50=%.1f relay_p99=%.1f"
                        + " batch_mean=%.1f%n",
                eventsPerSecond, measured, events.size(), pct(total, 0.5) / 1e3, pct(total, 0.9) / 1e3,
                pct(total, 0.99) / 1e3, pct(total, 1) / 1e3, pct(relay, 0.5) / 1e3, pct(relay, 0.99) / 1e3,
                sizes.length == 0 ? 0 : Arrays.stream(sizes).average().orElse(0));
        Files.writeString(
                out.resolve("label-" + eventsPerSecond + ".txt"),
                String.format("%d events/s asked, %.0f/s reached", eventsPerSecond, measured));
        try (PrintWriter data = new PrintWriter(Files.newBufferedWriter(out.resolve("latency-" + eventsPerSecond + ".dat")))) {
            for (int i = 0; i < total.length; i++) {
                data.printf("%.3f %.5f%n", total[i] / 1e3, (i + 1) / (double) total.length);
            }
        }
        boolean ok = true;
        if (refused.get() > 0) {
            System.out.println("BROKEN: " + refused.get() + " moves were refused or failed (the first ones above)");
            ok = false;
        }
        if (applied != events.size() || events.isEmpty()) {
            System.out.printf(
                    "BROKEN: %d of %d events never reached %s within %ds%n",
                    events.size() - applied, events.size(), CONSUMER, CATCH_UP.toSeconds());
            ok = false;
        }
        return ok;
    }

    /**
     * Waits until every event reached the projection, for as long as the consumer makes progress: only one that stops
     * is broken. Returns how many were applied.
     */
    int awaitApplied(Connection declarations, Map<String, long[]> events, String from) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        int applied = 0;
        while (true) {
            int now = readApplied(declarations, events, from);
            if (now > applied) {
                deadline = System.nanoTime() + CATCH_UP.toNanos();
            }
            applied = now;
            if (applied == events.size() || System.nanoTime() > deadline) {
                return applied;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    int readApplied(Connection declarations, Map<String, long[]> events, String from) throws SQLException {
        int applied = 0;
        try (PreparedStatement select = declarations.prepareStatement("SELECT event_id,"
                + " (extract(epoch FROM processed_at) * 1e6)::bigint, (extract(epoch FROM applied_at) * 1e6)::bigint"
                + " FROM bench_event_applied WHERE applied_at >= ?::timestamptz")) {
            select.setString(1, from);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long[] event = events.get(rows.getString(1));
                    if (event != null) {
                        event[2] = rows.getLong(2);
                        event[3] = rows.getLong(3);
                        applied++;
                    }
                }
            }
        }
        return applied;
    }

    void readSent(Connection staffing, Map<String, long[]> events, String from, String to, Map<Long, Integer> batches)
            throws SQLException {
        try (PreparedStatement select = staffing.prepareStatement("SELECT c.event_id::text,"
                + " (extract(epoch FROM f.sent_at) * 1e6)::bigint"
                + " FROM bench_event_commit c JOIN platform_outbox o USING (event_id)"
                + " JOIN platform_outbox_feed f USING (position)"
                + " WHERE c.committed_at >= ?::timestamptz AND c.committed_at < ?::timestamptz")) {
            select.setString(1, from);
            select.setString(2, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long[] event = events.get(rows.getString(1));
                    if (event != null) {
                        event[1] = rows.getLong(2);
                        // one relay transaction, one now(): events sharing sent_at went in one batch
                        batches.merge(event[1], 1, Integer::sum);
                    }
                }
            }
        }
    }

    interface Part {
        long of(long[] event);
    }

    /** A sorted column of microseconds, over the events that reached the projection. */
    static long[] column(Map<String, long[]> events, Part part) {
        return events.values().stream()
                .filter(e -> e[3] != 0)
                .mapToLong(part::of)
                .sorted()
                .toArray();
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))];
    }

    /**
     * CPU time of the suite's processes (CPU_PIDS: name:pid pairs, from bench/event-latency) and of the whole machine,
     * from /proc: where the CPU went during a phase, and how much of it others on the machine took.
     */
    record Cpu(long wallNanos, Map<String, Long> ticks, long machineBusy, long machineTotal) {
        static Cpu read() throws IOException {
            Map<String, Long> ticks = new java.util.LinkedHashMap<>();
            for (String pair : env("CPU_PIDS", "").split(" ")) {
                String[] named = pair.split(":");
                if (named.length == 2) {
                    ticks.put(named[0], treeTicks(Long.parseLong(named[1])));
                }
            }
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new Cpu(System.nanoTime(), ticks, total - idle, total);
        }

        /** utime + stime of a process and its children (PostgreSQL's backends are children of the postmaster). */
        static long treeTicks(long pid) throws IOException {
            long sum = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long self = Long.parseLong(proc.getFileName().toString());
                        if (self == pid || Long.parseLong(f[1]) == pid) {
                            sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // a process that ended while being read
                    }
                }
            }
            return sum;
        }

        Cpu minus(Cpu before) {
            Map<String, Long> diff = new java.util.LinkedHashMap<>();
            ticks.forEach((name, t) -> diff.put(name, t - before.ticks.getOrDefault(name, 0L)));
            return new Cpu(
                    wallNanos - before.wallNanos, diff, machineBusy - before.machineBusy, machineTotal - before.machineTotal);
        }

        String describe() {
            double seconds = wallNanos / 1e9;
            StringBuilder text = new StringBuilder();
            ticks.forEach((name, t) -> text.append(String.format("%s %.2f, ", name, t / 100.0 / seconds)));
            return text.append(String.format(
                            "whole machine %.0f%% busy of %d cores",
                            100.0 * machineBusy / Math.max(1, machineTotal),
                            Runtime.getRuntime().availableProcessors()))
                    .toString();
        }
    }

    // ---------------------------------------------------------------------------------------- the consumer's path

    static final String TOPIC = "customs.staffing.v1";
    static final String POSTED = "customs.staffing.OfficerPosted.v1";

    /**
     * The path from Kafka to declarations' projection alone, at rates staffing's API does not reach on this machine:
     * OfficerPosted records already on the topic (the bench's own moves) are sent again with new CloudEvents ids, open
     * loop, by a producer set like the relay's ({@code acks=all}, idempotent), keyed as before (same partition, same
     * order). Every consumer of the topic applies a posting it already has as a no-op ({@code ON CONFLICT DO
     * NOTHING}), so the suite's state does not change; declarations' inbox records each new id in the transaction
     * that applies it. Latency: from the send to that transaction's commit, on one machine clock.
     */
    boolean consumerPath(int eventsPerSecond, Connection declarations) throws Exception {
        String bootstrap = env("KAFKA_BOOTSTRAP", "127.0.0.1:19092");
        List<ConsumerRecord<String, String>> templates = postedRecords(bootstrap, 2_000);
        if (templates.isEmpty()) {
            System.out.println("BROKEN: no OfficerPosted record on " + TOPIC + " to send again");
            return false;
        }
        Map<String, long[]> events = new ConcurrentHashMap<>();
        String from = dbNow(declarations, 0);
        int total = eventsPerSecond * seconds;
        long started = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", "true", "linger.ms", "0"),
                new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < total; i++) {
                long due = started + (long) (i * 1e9 / eventsPerSecond);
                for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                }
                ConsumerRecord<String, String> template = templates.get(i % templates.size());
                String id = UUID.randomUUID().toString();
                ProducerRecord<String, String> copy = new ProducerRecord<>(TOPIC, template.key(), template.value());
                template.headers().forEach(header -> {
                    if (!header.key().equals("ce_id")) {
                        copy.headers().add(header);
                    }
                });
                copy.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
                events.put(id, new long[] {nowMicros(), 0, 0, 0});
                producer.send(copy);
            }
            producer.flush();
        }
        double sending = (System.nanoTime() - started) / 1e9;
        int applied = awaitApplied(declarations, events, from);
        long[] latency = column(events, e -> e[3] - e[0]);
        long[] toConsumer = column(events, e -> e[2] - e[0]);
        long[] transaction = column(events, e -> e[3] - e[2]);
        long transactions = events.values().stream().filter(e -> e[3] != 0).mapToLong(e -> e[2]).distinct().count();
        double perTransaction = applied / (double) Math.max(1, transactions);
        System.out.printf(
                "== the consumer's path alone: %d OfficerPosted records sent again to %s at %d/s (%.0f/s reached),"
                        + " %d applied by %s in %d transactions (%.1f events each)%n",
                total, TOPIC, eventsPerSecond, total / sending, applied, CONSUMER, transactions, perTransaction);
        System.out.printf(
                "   latency send->projection: p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms; send->consumer start"
                        + " p50=%.1fms p99=%.1fms; consumer transaction p50=%.1fms p99=%.1fms%n",
                pct(latency, 0.5) / 1e3, pct(latency, 0.9) / 1e3, pct(latency, 0.99) / 1e3, pct(latency, 1) / 1e3,
                pct(toConsumer, 0.5) / 1e3, pct(toConsumer, 0.99) / 1e3, pct(transaction, 0.5) / 1e3,
                pct(transaction, 0.99) / 1e3);
        System.out.printf(
                "RESULT-KAFKA rate=%d reached=%.0f events=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f per_transaction=%.1f%n",
                eventsPerSecond, total / sending, applied, pct(latency, 0.5) / 1e3, pct(latency, 0.9) / 1e3,
                pct(latency, 0.99) / 1e3, pct(latency, 1) / 1e3, perTransaction);
        try (PrintWriter data =
                new PrintWriter(Files.newBufferedWriter(out.resolve("latency-kafka-" + eventsPerSecond + ".dat")))) {
            for (int i = 0; i < latency.length; i++) {
                data.printf("%.3f %.5f%n", latency[i] / 1e3, (i + 1) / (double) latency.length);
            }
        }
        if (applied < events.size()) {
            System.out.printf("BROKEN: %d of %d events never reached the projection%n", events.size() - applied, total);
            return false;
        }
        return true;
    }

    /** Up to {@code limit} OfficerPosted records from the start of the topic. */
    static List<ConsumerRecord<String, String>> postedRecords(String bootstrap, int limit) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", "false"),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + CATCH_UP.toNanos();
            while (found.size() < limit
                    && System.nanoTime() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    var type = record.headers().lastHeader("ce_type");
                    if (type != null && POSTED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        found.add(record);
                    }
                }
            }
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    static long nowMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    // -------------------------------------------------------------------------------------------------- plumbing

    Connection connect(String database) throws SQLException {
        Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database, database, database);
        connection.setAutoCommit(true);
        return connection;
    }

    /** The database clock, {@code plusSeconds} from now, as text PostgreSQL reads back exactly. */
    static String dbNow(Connection connection, int plusSeconds) throws SQLException {
        return single(connection, "SELECT (clock_timestamp() + interval '" + plusSeconds + " seconds')::text");
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return row.getString(1);
        }
    }

    static void exec(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static String id(Http.Answer answer, int expected, String what) {
        if (answer.status() != expected) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
        }
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(answer.body());
        if (!id.find()) {
            throw new IllegalStateException(what + ": no id in " + answer.body());
        }
        return id.group(1);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * One keep-alive HTTP/1.1 connection that writes a POST and reads the answer: a few microseconds of client CPU
     * per request, where the JDK's HttpClient spent milliseconds (see bench/SubmitLoad.java), on a machine the
     * client shares with the suite.
     */
    static final class Http {
        record Answer(int status, String body) {}

        private final URI base;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Http(URI base) {
            this.base = base;
        }

        Answer post(String path, String token, String json) throws IOException {
            if (socket == null) {
                socket = new Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                // an answer that never comes is a failure to report, not a bench that hangs
                socket.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                            + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                    read.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                read.write(in.readNBytes(length));
            }
            return new Answer(status, read.toString(StandardCharsets.UTF_8));
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

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing a broken connection: nothing to do
                }
                socket = null;
            }
        }
    }
}
