package vn.customs.staffing.domain.briefing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * A thematic conference on discipline held at a unit (the article counts more than ten a quarter at the provincial
 * department): when, on what, what was decided, and which officers attended.
 */
@Entity
@Table(name = "briefings")
public class Briefing {

    /**
     * Briefings a unit holds in a quarter to meet the mark the article reports: "more than 10 thematic conferences on
     * discipline a quarter" (assumption: the mark applies to each unit that holds them, and more than 10 means 11).
     */
    public static final int QUARTERLY_MARK = 10;

    @Id
    private UUID id;

    private UnitCode unitCode;
    private LocalDate heldOn;
    private String topic;
    private String decision;

    @ElementCollection
    @CollectionTable(name = "briefing_attendees", joinColumns = @JoinColumn(name = "briefing_id"))
    @Column(name = "officer_id")
    private Set<OfficerId> attendees = new LinkedHashSet<>();

    private Instant recordedAt;

    @Version
    private long version;

    protected Briefing() {}

    /** Records a briefing held on {@code heldOn} (not after {@code today}) with at least one attendee. */
    public static Briefing record(
            UUID id,
            UnitCode unitCode,
            LocalDate heldOn,
            String topic,
            String decision,
            List<OfficerId> attendees,
            LocalDate today,
            Instant now) {
        if (heldOn.isAfter(today)) {
            throw new RuleViolationException("briefing-in-future", "A briefing is recorded once it was held.");
        }
        if (attendees.isEmpty()) {
            throw new RuleViolationException("no-attendees", "A briefing names the officers who attended.");
        }
        if (topic == null || topic.isBlank() || decision == null || decision.isBlank()) {
            throw new RuleViolationException("briefing-incomplete", "A briefing states its topic and its decision.");
        }
        Briefing briefing = new Briefing();
        briefing.id = id;
        briefing.unitCode = unitCode;
        briefing.heldOn = heldOn;
        briefing.topic = topic.strip();
        briefing.decision = decision.strip();
        briefing.attendees = new LinkedHashSet<>(attendees);
        briefing.recordedAt = now;
        return briefing;
    }

    /** Whether {@code count} briefings in a quarter meet the mark (more than {@link #QUARTERLY_MARK}). */
    public static boolean meetsQuarterlyMark(long count) {
        return count > QUARTERLY_MARK;
    }

    public boolean attendedBy(OfficerId officerId) {
        return attendees.contains(officerId);
    }

    public UUID id() {
        return id;
    }

    public UnitCode unitCode() {
        return unitCode;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String topic() {
        return topic;
    }

    public String decision() {
        return decision;
    }

    public Set<OfficerId> attendees() {
        return Set.copyOf(attendees);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
