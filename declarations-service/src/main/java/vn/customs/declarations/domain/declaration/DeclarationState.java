package vn.customs.declarations.domain.declaration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import vn.customs.contracts.declarations.CharterBreached;
import vn.customs.contracts.declarations.DeclarationExpired;
import vn.customs.contracts.declarations.DeclarationSubmitted;
import vn.customs.declarations.domain.charter.CharterClock;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * Where a declaration stands: its number, status and channel, the officer holding it, the times of its steps, its
 * charter clock and its append-only history, with the one way to move the status ({@link #move}) that keeps the clock
 * and the history in step. The named transitions are {@link Declaration}'s.
 */
@MappedSuperclass
public abstract class DeclarationState extends LodgedContent {

    /** Neither goods nor dossier within this long of registration: a declaration waiting on its declarant lapses. */
    public static final Duration LAPSE = Duration.ofDays(15);

    protected static final String SYSTEM = "system";

    @Id
    private UUID id;

    private String number;

    @Enumerated(EnumType.STRING)
    private DeclarationStatus status;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @ElementCollection
    @CollectionTable(name = "declaration_risk_reasons", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    @Column(name = "reason")
    private List<String> riskReasons = new ArrayList<>();

    /** Which version of the risk rules chose the channel. */
    private String riskRulesVersion;

    private OfficerId assignedOfficerId;
    private Instant submittedAt;
    private Instant registeredAt;
    private Instant finishedAt;

    @Embedded
    private ClockRecord clockRecord;

    @ElementCollection
    @CollectionTable(name = "declaration_clock_pauses", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<ClockPause> clockPauses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_history", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<HistoryEntry> history = new ArrayList<>();

    @Version
    private long version;

    protected DeclarationState() {}

    protected void submitted(UUID id, Instant at) {
        this.id = id;
        this.status = DeclarationStatus.SUBMITTED;
        this.submittedAt = at;
    }

    protected void registered(String number, Channel channel, List<String> reasons, String rulesVersion, Instant at) {
        this.number = number;
        this.channel = channel;
        this.riskReasons = new ArrayList<>(reasons);
        this.riskRulesVersion = rulesVersion;
        this.registeredAt = at;
    }

    protected void channel(Channel channel) {
        this.channel = channel;
    }

    protected void riskReasons(List<String> reasons) {
        this.riskReasons = new ArrayList<>(reasons);
    }

    protected void assignedOfficer(OfficerId officer) {
        this.assignedOfficerId = officer;
    }

    protected void clockRecord(ClockRecord record) {
        this.clockRecord = record;
    }

    /**
     * Refuses (409, naming the state and what may come next) a transition {@code action} into {@code target} unless
     * the declaration is in one of {@code from} and the status table allows it; right after registration, unless the
     * channel is {@code channelAtRegistration} (when given).
     */
    protected void check(
            String action, DeclarationStatus target, Channel channelAtRegistration, Set<DeclarationStatus> from) {
        if (!from.contains(status) || !status.next().contains(target)) {
            throw new IllegalTransitionException(
                    "declaration", status + " (allowed next: " + status.next() + ")", action);
        }
        if (status == DeclarationStatus.REGISTERED
                && channelAtRegistration != null
                && channel != channelAtRegistration) {
            throw new IllegalTransitionException(
                    "declaration",
                    status + " (" + channel + " channel; " + action + " is for " + channelAtRegistration + ")",
                    action);
        }
    }

    /** Moves to {@code target}: the clock pauses, resumes or stops with it, the history records it. */
    protected HistoryEntry move(
            DeclarationStatus target, String actor, String action, String note, WorkingCalendar calendar, Instant now) {
        if (!status.next().contains(target)) {
            throw new IllegalTransitionException(
                    "declaration", status + " (allowed next: " + status.next() + ")", "go to " + target);
        }
        DeclarationStatus before = status;
        this.status = target;
        if (target.terminal()) {
            finishedAt = now;
        }
        moveClock(calendar, now);
        return record(new HistoryEntry(now, actor, action, before, target, note));
    }

    /** The clock follows the status: it runs while customs has the work, pauses otherwise, stops at the end. */
    private void moveClock(WorkingCalendar calendar, Instant now) {
        if (clockRecord == null) {
            return;
        }
        if (status.terminal()) {
            endPause(now);
            clockRecord = clockRecord.stopped(now).deadline(null);
            return;
        }
        if (status.clockRuns()) {
            endPause(now);
        } else if (!clockRecord.paused()) {
            clockRecord = clockRecord.pausedFrom(now);
        }
        clockRecord =
                clockRecord.deadline(clockRecord.paused() || calendar == null ? null : clock().deadline(calendar, now));
    }

    /** Ends an ongoing pause of the clock {@code now}; nothing when it runs. */
    protected void endPause(Instant now) {
        if (clockRecord != null && clockRecord.paused()) {
            clockPauses.add(new ClockPause(clockRecord.pausedSince(), now));
            clockRecord = clockRecord.running();
        }
    }

    /**
     * Refuses (403) an officer processing a declaration assigned to another officer, unless he heads its gate: taking
     * it over needs a recorded reassignment. An unassigned declaration goes to the first officer who acts.
     */
    public void requireMayProcess(OfficerId officer, BooleanSupplier headsTheGate) {
        if (assignedOfficerId != null && !assignedOfficerId.equals(officer) && !headsTheGate.getAsBoolean()) {
            throw new AccessRefusedException(
                    "assigned-to-another-officer",
                    "Declaration " + id + " is assigned to officer " + assignedOfficerId + "; the head of " + gateCode()
                            + " reassigns it first.");
        }
    }

    protected HistoryEntry record(HistoryEntry entry) {
        history.add(entry);
        return entry;
    }

    /** The breach, once, the first time the clock is found past its committed time. */
    public Optional<CharterBreached> breachIfLate(WorkingCalendar calendar, Instant now) {
        if (clockRecord == null || clockRecord.breachAnnounced() || !clock().breachedBy(calendar, now)) {
            return Optional.empty();
        }
        clockRecord(clockRecord().breachAnnounced(now));
        String officer =
                assignedOfficerId() == null ? null : assignedOfficerId().toString();
        return Optional.of(new CharterBreached(
                id.toString(), gateCode().value(), channel().name(), clock().deadline(calendar, now), officer, now));
    }

    public DeclarationSubmitted submission() {
        return new DeclarationSubmitted(
                id.toString(),
                lrn(),
                declarant().taxId().value(),
                gateCode().value(),
                flow().name(),
                submissionChannel().name(),
                items().size(),
                submittedAt);
    }

    /** Lapses a declaration still waiting on its declarant (documents, goods) 15 days after registration. */
    public Optional<DeclarationExpired> expireIfLapsed(Instant now) {
        if (registeredAt == null
                || status.waitingOn() != DeclarationStatus.WaitingOn.DECLARANT
                || now.isBefore(registeredAt.plus(LAPSE))) {
            return Optional.empty();
        }
        DeclarationStatus before = status;
        move(DeclarationStatus.EXPIRED, SYSTEM, "EXPIRE", null, null, now);
        return Optional.of(new DeclarationExpired(id.toString(), gateCode().value(), before.name(), now));
    }

    /** The charter clock, or null before registration. */
    public CharterClock clock() {
        return clockRecord == null ? null : clockRecord.clock(clockPauses);
    }

    /** The clock's stored state (deadline, breach announced, processing time), or null before registration. */
    public ClockRecord clockRecord() {
        return clockRecord;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public DeclarationStatus status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public List<String> riskReasons() {
        return List.copyOf(riskReasons);
    }

    public String riskRulesVersion() {
        return riskRulesVersion;
    }

    public OfficerId assignedOfficerId() {
        return assignedOfficerId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
