package vn.customs.hotline.domain.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.customs.platform.domain.UnitCode;

/**
 * A unit's line in the published hotline directory (the department's, or a gate's): where businesses report an
 * officer of that unit. One entry a unit, known by the unit's code; handlers publish it and revise it.
 */
@Entity
@Table(name = "hotline_entries")
public class HotlineEntry {

    @Id
    private UUID id;

    private UnitCode unitCode;

    @Enumerated(EnumType.STRING)
    private UnitLevel level;

    private String unitName;

    @ElementCollection
    @CollectionTable(name = "hotline_entry_phones", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<PhoneNumber> phones = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "email"))
    private EmailAddress email;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "web_address"))
    private WebAddress web;

    private boolean alwaysOpen;

    @ElementCollection
    @CollectionTable(name = "hotline_entry_hours", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<HoursPeriod> periods = new ArrayList<>();

    private String note;
    private Instant publishedAt;
    private Instant revisedAt;

    @Version
    private long version;

    protected HotlineEntry() {}

    private HotlineEntry(UUID id, UnitCode unitCode, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.unitCode = Objects.requireNonNull(unitCode);
        this.publishedAt = Objects.requireNonNull(now);
    }

    /** A unit's first entry in the directory. */
    public static HotlineEntry publish(UUID id, UnitCode unitCode, DirectoryContent content, Instant now) {
        HotlineEntry entry = new HotlineEntry(id, unitCode, now);
        entry.apply(Objects.requireNonNull(content));
        return entry;
    }

    /**
     * Replaces what is published with {@code content}; returns the fields that changed (none: nothing is written,
     * the version stays).
     */
    public Revision revise(DirectoryContent content, Instant now) {
        Revision revision = Revision.between(content(), Objects.requireNonNull(content));
        if (!revision.isEmpty()) {
            apply(content);
            this.revisedAt = Objects.requireNonNull(now);
        }
        return revision;
    }

    private void apply(DirectoryContent content) {
        this.level = content.level();
        this.unitName = content.unitName();
        this.phones.clear();
        this.phones.addAll(content.phones());
        this.email = content.email();
        this.web = content.web();
        this.alwaysOpen = content.hours().alwaysOpen();
        this.periods.clear();
        this.periods.addAll(content.hours().periods());
        this.note = content.note();
    }

    /** What is published now. */
    public DirectoryContent content() {
        return new DirectoryContent(
                level, unitName, List.copyOf(phones), email, web, new Hours(alwaysOpen, List.copyOf(periods)), note);
    }

    public UUID id() {
        return id;
    }

    public UnitCode unitCode() {
        return unitCode;
    }

    public UnitLevel level() {
        return level;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** When it last changed; null while it is as first published. */
    public Instant revisedAt() {
        return revisedAt;
    }

    public long version() {
        return version;
    }
}
