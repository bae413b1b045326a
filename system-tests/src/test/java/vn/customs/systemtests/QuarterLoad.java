package vn.customs.systemtests;

import static vn.customs.systemtests.Service.DECLARATIONS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The quarter's traffic: enterprises' software lodging declarations at the gates and the officers they are routed to
 * clearing them at once, from a number of concurrent HTTP clients. Every request goes through the public API with a
 * Keycloak token; an answer 429 (over the caller's budget) is retried after its {@code Retry-After}, as a
 * well-behaved client does.
 */
final class QuarterLoad {

    /** An enterprise of the quarter: its tax id, its caller, and whether it still lodges some on paper. */
    record Enterprise(String taxId, Caller caller, boolean paperToo) {}

    /** A gate of the quarter and what was sent there. */
    record GateTraffic(String code, QuarterTally tally) {}

    /** Which gate the n-th round of an enterprise goes to: Hữu Nghị carries half the traffic. */
    private static final int[] GATE_OF_ROUND = {0, 0, 1, 2};

    private final List<Enterprise> enterprises;
    private final List<GateTraffic> gates;
    private final Map<String, Caller> officers;
    private final AtomicLong requests = new AtomicLong();

    QuarterLoad(List<Enterprise> enterprises, List<GateTraffic> gates, Map<String, Caller> officers) {
        this.enterprises = enterprises;
        this.gates = gates;
        this.officers = officers;
    }

    long requests() {
        return requests.get();
    }

    /** The declarations numbered {@code numbers}, each lodged and cleared, by {@code clients} concurrent clients. */
    void run(List<Integer> numbers, int clients) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < numbers.size(); i = next.getAndIncrement()) {
                        lodgeAndClear(numbers.get(i));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("a client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The n-th declaration of the quarter: lodged, then cleared step by step by the officer it was routed to. */
    private void lodgeAndClear(int n) {
        Answer lodged = lodge(n);
        Caller officer = officers.get(lodged.text("/assignedOfficerId"));
        if (officer == null) {
            throw new AssertionError("routed to an officer not posted at the gate: " + lodged);
        }
        Answer cleared = clear(officer, lodged);
        gateOf(n).tally().cleared("MET".equals(cleared.text("/clock/state")));
    }

    /** Lodges the n-th declaration and counts it in its gate's tally; returns the registered declaration. */
    Answer lodge(int n) {
        Enterprise enterprise = enterprises.get(n % enterprises.size());
        boolean paper = onPaper(n);
        BigDecimal amount = BigDecimal.valueOf(1000 + (n % 97) * 50L).setScale(2);
        GateTraffic gate = gateOf(n);
        String body = Lodging.body(
                enterprise.taxId(), Lodging.lrn(), gate.code(), paper ? "PAPER" : "ELECTRONIC", amount.toPlainString());
        Answer lodged = patiently(() -> enterprise.caller().post(DECLARATIONS, "/api/v1/declarations", body))
                .expect(201);
        gate.tally().lodged(enterprise.taxId(), paper, lodged.text("/channel"), amount);
        return lodged;
    }

    /** Clears a registered declaration by {@code officer}, from the ETag of its last answer; returns the last answer. */
    Answer clear(Caller officer, Answer declaration) {
        String id = declaration.text("/id");
        String etag = declaration.etag();
        Answer answer = declaration;
        for (String step : Lodging.pathToClearance(declaration.text("/channel"))) {
            String current = etag;
            answer = patiently(() -> Lodging.step(officer, id, current, step)).expect(200);
            etag = answer.etag();
        }
        return answer;
    }

    /** Whether the n-th declaration is lodged on paper: every other one of the enterprises that still use it. */
    boolean onPaper(int n) {
        return enterprises.get(n % enterprises.size()).paperToo() && (n / enterprises.size()) % 2 == 0;
    }

    GateTraffic gateOf(int n) {
        return gates.get(GATE_OF_ROUND[(n / enterprises.size()) % GATE_OF_ROUND.length]);
    }

    /** Sends the request, and again after the pause a 429 asks for (see {@link TooManyRequests}). */
    private Answer patiently(Supplier<Answer> request) {
        return TooManyRequests.retried(() -> send(request));
    }

    private Answer send(Supplier<Answer> request) {
        requests.incrementAndGet();
        return request.get();
    }
}
