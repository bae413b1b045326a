package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.customs.declarations.domain.charter.CharterClock;
import vn.customs.platform.domain.time.TimeInterval;

/**
 * The stored state of a declaration's charter clock (its finished pauses are the declaration's element collection):
 * when it started, the committed working time, an ongoing pause, when it stopped; the deadline while it runs (the
 * breach watch's index), when its breach was announced, and the processing time once cleared. Immutable: every change
 * makes a new record.
 */
@Embeddable
public record ClockRecord(
        @Column(name = "clock_started_at") Instant startedAt,
        @Column(name = "clock_committed_seconds") Long committedSeconds,
        @Column(name = "clock_paused_since") Instant pausedSince,
        @Column(name = "clock_stopped_at") Instant stoppedAt,
        @Column(name = "clock_deadline") Instant deadline,
        @Column(name = "breach_notified_at") Instant breachNotifiedAt,
        @Column(name = "processing_seconds") Long processingSeconds,
        @Column(name = "within_charter") Boolean withinCharter) {

    static ClockRecord start(Instant at, Duration committed) {
        return new ClockRecord(at, committed.getSeconds(), null, null, null, null, null, null);
    }

    /** The clock as the charter rules read it. */
    CharterClock clock(List<ClockPause> pauses) {
        return new CharterClock(
                startedAt,
                Duration.ofSeconds(committedSeconds),
                pauses.stream()
                        .map(pause -> new TimeInterval(pause.startedAt(), pause.endedAt()))
                        .toList(),
                pausedSince,
                stoppedAt);
    }

    ClockRecord pausedFrom(Instant at) {
        return new ClockRecord(
                startedAt,
                committedSeconds,
                at,
                stoppedAt,
                deadline,
                breachNotifiedAt,
                processingSeconds,
                withinCharter);
    }

    ClockRecord running() {
        return new ClockRecord(
                startedAt,
                committedSeconds,
                null,
                stoppedAt,
                deadline,
                breachNotifiedAt,
                processingSeconds,
                withinCharter);
    }

    ClockRecord stopped(Instant at) {
        return new ClockRecord(
                startedAt, committedSeconds, null, at, deadline, breachNotifiedAt, processingSeconds, withinCharter);
    }

    ClockRecord plus(Duration more) {
        return new ClockRecord(
                startedAt,
                committedSeconds + more.getSeconds(),
                pausedSince,
                stoppedAt,
                deadline,
                breachNotifiedAt,
                processingSeconds,
                withinCharter);
    }

    ClockRecord deadline(Instant runsOutAt) {
        return new ClockRecord(
                startedAt,
                committedSeconds,
                pausedSince,
                stoppedAt,
                runsOutAt,
                breachNotifiedAt,
                processingSeconds,
                withinCharter);
    }

    ClockRecord breachAnnounced(Instant at) {
        return new ClockRecord(
                startedAt, committedSeconds, pausedSince, stoppedAt, deadline, at, processingSeconds, withinCharter);
    }

    ClockRecord processed(long seconds, boolean inTime) {
        return new ClockRecord(
                startedAt, committedSeconds, pausedSince, stoppedAt, deadline, breachNotifiedAt, seconds, inTime);
    }

    boolean paused() {
        return pausedSince != null;
    }

    boolean stopped() {
        return stoppedAt != null;
    }

    boolean breachAnnounced() {
        return breachNotifiedAt != null;
    }
}
