package vn.customs.hotline.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.domain.protection.GuessingLimits;

/** The guessing limits, per report and per client, and their end. */
class ReceiptGuardTest {

    private final ReceiptGuard guard = new ReceiptGuard(new GuessingLimits(5, 20, Duration.ofMinutes(15)));

    @Test
    void fiveRefusedReceiptsForOneReportLockItForEveryClient() {
        for (int i = 0; i < 4; i++) {
            guard.failed("10.0.0.1", Optional.of("ABCD1234"));
        }
        assertTrue(guard.lockedFor("10.0.0.2", Optional.of("ABCD1234")).isEmpty(), "four are allowed");
        guard.failed("10.0.0.1", Optional.of("ABCD1234"));
        Optional<Duration> wait = guard.lockedFor("10.0.0.2", Optional.of("ABCD1234"));
        assertTrue(wait.isPresent(), "the report is locked, whoever asks");
        assertTrue(
                wait.get().compareTo(Duration.ofMinutes(14)) > 0 && wait.get().compareTo(Duration.ofMinutes(15)) <= 0);
        assertTrue(guard.lockedFor("10.0.0.2", Optional.of("WXYZ5678")).isEmpty(), "other reports are not");
    }

    @Test
    void twentyRefusedReceiptsFromOneClientLockTheClientForEveryReport() {
        for (int i = 0; i < 20; i++) {
            // each guess names another report: no report reaches its own limit
            guard.failed("10.0.0.9", Optional.of(String.format("GUESS%03d", i)));
        }
        assertTrue(guard.lockedFor("10.0.0.9", Optional.of("NEVERSEE")).isPresent());
        assertTrue(guard.lockedFor("10.0.0.9", Optional.empty()).isPresent(), "malformed receipts too");
        assertTrue(guard.lockedFor("10.0.0.10", Optional.of("NEVERSEE")).isEmpty(), "other clients are not");
    }

    @Test
    void aLockoutEnds() {
        ReceiptGuard quick = new ReceiptGuard(new GuessingLimits(1, 1, Duration.ofMillis(200)));
        quick.failed("10.0.0.1", Optional.of("ABCD1234"));
        assertTrue(quick.lockedFor("10.0.0.1", Optional.of("ABCD1234")).isPresent());
        await().atMost(Duration.ofSeconds(5))
                .until(() ->
                        quick.lockedFor("10.0.0.1", Optional.of("ABCD1234")).isEmpty());
        quick.failed("10.0.0.1", Optional.of("ABCD1234"));
        assertFalse(quick.lockedFor("10.0.0.1", Optional.of("ABCD1234")).isEmpty(), "a new window starts");
    }
}
