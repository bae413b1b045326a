package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A request refused with 429 (over a caller's budget: nothing was done) is sent again after the pause its
 * {@code Retry-After} asks for, until the answer is something else. A bounded wait: a limit that never lifts fails the
 * story instead of hanging it.
 */
final class TooManyRequests {

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    private TooManyRequests() {}

    /** {@code send} once, and again while it answers 429. */
    static Answer retried(Supplier<Answer> send) {
        return retried(
                send,
                Answer::status,
                answer -> answer.response().headers().firstValue("Retry-After").orElse(null));
    }

    /** The same for any kind of outcome, given how to read its status and its Retry-After (seconds, or null). */
    static <T> T retried(Supplier<T> send, ToIntFunction<T> status, Function<T, String> retryAfter) {
        T first = send.get();
        if (status.applyAsInt(first) != 429) {
            return first;
        }
        String seconds = retryAfter.apply(first);
        Duration pause = Duration.ofSeconds(Math.max(1, seconds == null ? 1 : Long.parseLong(seconds.trim())));
        return await("an answer other than 429 Too Many Requests")
                .atMost(LONGEST_WAIT)
                .pollDelay(pause)
                .pollInterval(pause)
                .until(send::get, outcome -> status.applyAsInt(outcome) != 429);
    }
}
