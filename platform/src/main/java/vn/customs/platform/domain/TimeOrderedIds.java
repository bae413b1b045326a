package vn.customs.platform.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Identifiers for new rows: UUID version 7 (RFC 9562), whose first 48 bits are the creation time in
 * milliseconds and whose other 74 free bits are random.
 *
 * <p>Why not {@link UUID#randomUUID()}: a random key lands on a random leaf of its B-tree index, so on a large
 * table every insert dirties a different page, and the first change to a page after a checkpoint writes the whole
 * 8 kB page to the WAL. Measured on the submit path with 1.4 million declarations: 4 full-page images and 31 kB of
 * WAL per submit. Keys that grow with time land on the last leaf, which stays in memory and is written once. The
 * random bits keep identifiers as hard to guess as before within a millisecond; the creation time they reveal is
 * already in the records they name.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeOrderedIds SYSTEM = new TimeOrderedIds(Clock.systemUTC());

    private final Clock clock;

    private TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    /** A new identifier stamped with the current time. */
    public static UUID next() {
        return SYSTEM.nextId();
    }

    /** A generator that stamps identifiers with {@code clock}'s time: for tests of the layout. */
    public static TimeOrderedIds stampedBy(Clock clock) {
        return new TimeOrderedIds(clock);
    }

    /** A new identifier stamped with this generator's clock. */
    public UUID nextId() {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = clock.millis();
        // unix_ts_ms (48 bits) | version 7 (4 bits) | rand_a (12 bits)
        long high = (millis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        // variant 0b10 (2 bits) | rand_b (62 bits)
        long low = 0L;
        for (int i = 2; i < 10; i++) {
            low = (low << 8) | (random[i] & 0xFFL);
        }
        low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
