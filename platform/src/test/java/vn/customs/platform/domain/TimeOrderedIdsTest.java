package vn.customs.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00.123Z");

    @Test
    void anIdIsAVersion7UuidCarryingItsCreationMillisecond() {
        UUID id = TimeOrderedIds.stampedBy(Clock.fixed(NOON, ZoneOffset.UTC)).nextId();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(NOON.toEpochMilli(), id.getMostSignificantBits() >>> 16);
        // The text form starts with the millisecond in hex, which is what PostgreSQL orders uuid values by.
        assertTrue(
                id.toString().replace("-", "").startsWith(String.format("%012x", NOON.toEpochMilli())), id::toString);
    }

    @Test
    void idsOfALaterMillisecondSortAfterEarlierOnesAsPostgresqlComparesThem() {
        UUID earlier =
                TimeOrderedIds.stampedBy(Clock.fixed(NOON, ZoneOffset.UTC)).nextId();
        UUID later = TimeOrderedIds.stampedBy(Clock.fixed(NOON.plusMillis(1), ZoneOffset.UTC))
                .nextId();

        // PostgreSQL compares uuid bytes unsigned, left to right: the same order as the lower-case hex text.
        assertTrue(earlier.toString().compareTo(later.toString()) < 0, earlier + " then " + later);
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        TimeOrderedIds ids = TimeOrderedIds.stampedBy(Clock.fixed(NOON, ZoneOffset.UTC));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(ids.nextId());
        }

        assertEquals(100_000, seen.size());
    }

    @Test
    void theSystemGeneratorStampsTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        long stamped = id.getMostSignificantBits() >>> 16;
        assertTrue(stamped >= before && stamped <= after, () -> stamped + " not in [" + before + ", " + after + "]");
    }
}
