package vn.customs.hotline.domain.clock;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/**
 * The legal clock of one report: the term running now (acceptance, then settlement), its deadline, the moment it
 * turns at risk, the time a suspension paused it, and which deadlines were breached. The deadline and the at-risk
 * moment are stored, so that queues and the watch can find them with an index, and recomputed on every change from
 * the term's start, its days and the paused time.
 */
@Embeddable
public class LegalClock {

    private Instant termStart;
    private int termDays;

    @Enumerated(EnumType.STRING)
    private DayCount dayCount;

    private int atRiskPercent;
    private long pausedSeconds;
    private Instant dueAt;
    private Instant atRiskAt;
    private int extensionsUsed;
    /** Set while a suspension that pauses the clock lasts. */
    private Instant pausedSince;

    private boolean acceptanceBreached;
    private boolean settlementBreached;

    protected LegalClock() {}

    /** The acceptance term, from receipt. */
    public static LegalClock forAcceptance(Instant receivedAt, KindTerms terms, int atRiskPercent, TermCalendar cal) {
        LegalClock clock = new LegalClock();
        clock.atRiskPercent = atRiskPercent;
        clock.startTerm(receivedAt, terms.acceptanceDays(), terms.acceptanceCount(), cal);
        return clock;
    }

    /** The settlement term, from acceptance; any earlier pause belonged to the acceptance term and is forgotten. */
    public void startSettlement(Instant acceptedAt, int days, DayCount count, int atRiskPercent, TermCalendar cal) {
        this.atRiskPercent = atRiskPercent;
        this.extensionsUsed = 0;
        startTerm(acceptedAt, days, count, cal);
    }

    private void startTerm(Instant start, int days, DayCount count, TermCalendar cal) {
        this.termStart = start;
        this.termDays = days;
        this.dayCount = count;
        this.pausedSeconds = 0;
        this.pausedSince = null;
        recompute(cal);
    }

    /** Adds an extension of {@code days} to the running term. */
    public void extend(int days, TermCalendar cal) {
        this.termDays += days;
        this.extensionsUsed++;
        recompute(cal);
    }

    /** The running term becomes {@code days} long (never shorter), from its same start. */
    public void lengthenTo(int days, TermCalendar cal) {
        if (days < termDays) {
            throw new IllegalArgumentException("a term is lengthened, never shortened");
        }
        this.termDays = days;
        recompute(cal);
    }

    /** A suspension that pauses the clock began. */
    public void pause(Instant at) {
        this.pausedSince = at;
    }

    /** The suspension ended: the deadline moves on by the term time it lasted. */
    public void resume(Instant at, TermCalendar cal) {
        if (pausedSince == null) {
            return;
        }
        this.pausedSeconds += cal.used(pausedSince, at, dayCount).toSeconds();
        this.pausedSince = null;
        recompute(cal);
    }

    private void recompute(TermCalendar cal) {
        Duration paused = Duration.ofSeconds(pausedSeconds);
        this.dueAt = cal.shift(cal.add(termStart, termDays, dayCount), paused, dayCount);
        int atRiskDays = (int) Math.ceil(termDays * atRiskPercent / 100.0);
        this.atRiskAt = cal.shift(cal.add(termStart, atRiskDays, dayCount), paused, dayCount);
    }

    /** Where the running term stands at {@code now}. */
    public DeadlineState state(Instant now, boolean running) {
        if (!running) {
            return DeadlineState.NONE;
        }
        if (pausedSince != null) {
            return DeadlineState.PAUSED;
        }
        if (now.isAfter(dueAt)) {
            return DeadlineState.BREACHED;
        }
        return now.isBefore(atRiskAt) ? DeadlineState.ON_TIME : DeadlineState.AT_RISK;
    }

    /** Whether the running term was breached at {@code now} and nobody has said so yet. */
    public boolean newlyBreached(Instant now, boolean settlement) {
        boolean said = settlement ? settlementBreached : acceptanceBreached;
        return !said && pausedSince == null && now.isAfter(dueAt);
    }

    /** Records that the running term's deadline passed; the report says so once. */
    public void breach(boolean settlement) {
        if (settlement) {
            settlementBreached = true;
        } else {
            acceptanceBreached = true;
        }
    }

    public Instant termStart() {
        return termStart;
    }

    public int termDays() {
        return termDays;
    }

    public DayCount dayCount() {
        return dayCount;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant atRiskAt() {
        return atRiskAt;
    }

    public int extensionsUsed() {
        return extensionsUsed;
    }

    public boolean paused() {
        return pausedSince != null;
    }

    public Duration pausedFor() {
        return Duration.ofSeconds(pausedSeconds);
    }

    public boolean acceptanceBreached() {
        return acceptanceBreached;
    }

    public boolean settlementBreached() {
        return settlementBreached;
    }
}
