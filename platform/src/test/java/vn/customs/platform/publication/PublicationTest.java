package vn.customs.platform.publication;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.platform.time.Quarter;

/** Quarters, small-count suppression and the figures' cache, without Quarkus. */
class PublicationTest {

    @Test
    void aQuarterIsWrittenYearDashQAndNumber() {
        Quarter q3 = Quarter.parse("2026-Q3").orElseThrow();
        assertEquals(new Quarter(2026, 3), q3);
        assertEquals("2026-Q3", q3.toString());
        assertEquals(LocalDate.of(2026, 7, 1), q3.first());
        assertEquals(LocalDate.of(2026, 9, 30), q3.last());
        assertEquals(LocalDate.of(2024, 3, 31), new Quarter(2024, 1).last());
        assertEquals(LocalDate.of(2026, 12, 31), new Quarter(2026, 4).last());
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        assertEquals(Instant.parse("2026-06-30T17:00:00Z"), q3.start(hanoi));
        assertEquals(Instant.parse("2026-09-30T17:00:00Z"), q3.end(hanoi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-Q5", "2026-Q0", "2026-q3", "26-Q3", "2026Q3", "2026-Q3x", "Q3-2026"})
    void anythingElseNamesNoQuarter(String text) {
        assertEquals(Optional.empty(), Quarter.parse(text));
    }

    @Test
    void theLastFullQuarterIsTheOneBeforeTodays() {
        assertEquals(new Quarter(2026, 3), Quarter.lastFullBefore(LocalDate.of(2026, 10, 1)));
        assertEquals(new Quarter(2026, 3), Quarter.lastFullBefore(LocalDate.of(2026, 12, 31)));
        assertEquals(new Quarter(2025, 4), Quarter.lastFullBefore(LocalDate.of(2026, 1, 1)));
        assertEquals(new Quarter(2026, 1), Quarter.lastFullBefore(LocalDate.of(2026, 4, 1)));
        assertTrue(new Quarter(2026, 4).compareTo(new Quarter(2027, 1)) < 0);
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2026, 5));
    }

    @Test
    void countsBelowFiveAreShownAsLessThanFive() {
        assertEquals(new PublishedCount(null, "< 5"), PublishedCount.of(0));
        assertEquals(new PublishedCount(null, "< 5"), PublishedCount.of(4));
        assertEquals(new PublishedCount(5L, "5"), PublishedCount.of(5));
        assertEquals(new PublishedCount(28000L, "28000"), PublishedCount.of(28000));
        assertTrue(PublishedCount.of(4).suppressed());
        assertFalse(PublishedCount.of(5).suppressed());
    }

    @Test
    void sharesOfAWholeBelowFiveAreShownAsLessThanFive() {
        assertEquals(new PublishedShare(null, "< 5"), PublishedShare.of(0, 0));
        assertEquals(new PublishedShare(null, "< 5"), PublishedShare.of(4, 4));
        assertEquals(new PublishedShare(1.0, "100.0%"), PublishedShare.of(5, 5));
        assertEquals(new PublishedShare(0.8, "80.0%"), PublishedShare.of(4, 5));
        assertEquals(new PublishedShare(0.0, "0.0%"), PublishedShare.of(0, 5));
        assertEquals(new PublishedShare(0.932, "93.2%"), PublishedShare.of(26096, 28000));
        assertEquals(new PublishedShare(0.667, "66.7%"), PublishedShare.of(4, 6), "rounded half up");
        assertThrows(IllegalArgumentException.class, () -> PublishedShare.of(6, 5));
    }

    @Test
    void theEnvelopeNamesTheQuartersDays() {
        PublishedFigures<String> figures = PublishedFigures.of(new Quarter(2026, 3), List.of("HUU_NGHI"));
        assertEquals("2026-Q3", figures.quarter());
        assertEquals(LocalDate.of(2026, 7, 1), figures.from());
        assertEquals(LocalDate.of(2026, 9, 30), figures.to());
    }

    @Test
    void figuresAreComputedOncePerKeyAndPeriod() {
        AtomicLong now = new AtomicLong(1_000);
        AtomicInteger computed = new AtomicInteger();
        FiguresCache<Integer> cache = new FiguresCache<>(Duration.ofMinutes(5), now::get);

        assertEquals(1, cache.get("2026-Q3", computed::incrementAndGet));
        now.addAndGet(Duration.ofMinutes(5).minusNanos(1).toNanos());
        assertEquals(1, cache.get("2026-Q3", computed::incrementAndGet), "still within five minutes");
        assertEquals(2, cache.get("2026-Q2", computed::incrementAndGet), "another quarter is its own");
        now.addAndGet(1);
        assertEquals(3, cache.get("2026-Q3", computed::incrementAndGet), "five minutes later, afresh");
        cache.clear();
        assertEquals(4, cache.get("2026-Q3", computed::incrementAndGet));
    }

    @Test
    void aFailedComputationIsNotKept() {
        FiguresCache<Integer> cache = new FiguresCache<>(Duration.ofMinutes(5), () -> 0L);
        assertThrows(
                IllegalStateException.class,
                () -> cache.get("2026-Q3", () -> {
                    throw new IllegalStateException("database down");
                }));
        assertThat(cache.get("2026-Q3", () -> 7), equalTo(7));
    }

    @Test
    void ifNoneMatchComparesTagsWeakly() {
        EntityTag tag = new EntityTag("abc");
        assertTrue(PublicFigures.matches("\"abc\"", tag));
        assertTrue(PublicFigures.matches("W/\"abc\"", tag));
        assertTrue(PublicFigures.matches("\"x\", \"abc\"", tag));
        assertTrue(PublicFigures.matches("*", tag));
        assertFalse(PublicFigures.matches("\"abd\"", tag));
        assertFalse(PublicFigures.matches("abc", tag), "unquoted is no tag");
        assertFalse(PublicFigures.matches(null, tag));
        assertThat(PublishedCount.of(3).count(), nullValue());
    }
}
