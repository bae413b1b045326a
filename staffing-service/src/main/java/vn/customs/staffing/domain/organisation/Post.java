package vn.customs.staffing.domain.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.customs.contracts.staffing.UnitHeadChanged;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A post in a unit: its function, whether it is on the legal list of sensitive posts (which must rotate every 2 to 5
 * years, Anti-Corruption Law 2018 art. 25), its establishment (most officers at once) and minimum staff.
 */
@Entity
@Table(name = "posts")
public class Post {

    static final int SHORTEST_PERIOD_MONTHS = 24;
    static final int LONGEST_PERIOD_MONTHS = 60;

    @Id
    private UUID id;

    private UUID unitId;
    private String title;

    @Enumerated(EnumType.STRING)
    private PostFunction function;

    private boolean sensitive;
    private Integer rotationPeriodMonths;
    private int minStaff;
    private int establishment;

    @Enumerated(EnumType.STRING)
    private Rank minRank;

    private boolean headOfUnit;

    @Version
    private long version;

    private Instant createdAt;

    protected Post() {}

    private Post(UUID id, UUID unitId, Instant now) {
        this.id = id;
        this.unitId = unitId;
        this.createdAt = now;
    }

    /** A new post in {@code unit}; see {@link #revise} for the rules on its terms. */
    public static Post create(UUID id, Unit unit, PostTerms terms, Instant now) {
        Post post = new Post(id, unit.id(), now);
        post.revise(terms);
        return post;
    }

    /** Changes the post's terms; a sensitive post needs a rotation period of 24 to 60 months. */
    public void revise(PostTerms terms) {
        if (terms.sensitive()
                && (terms.rotationPeriodMonths() == null
                        || terms.rotationPeriodMonths() < SHORTEST_PERIOD_MONTHS
                        || terms.rotationPeriodMonths() > LONGEST_PERIOD_MONTHS)) {
            throw new RuleViolationException(
                    "invalid-rotation-period",
                    "A sensitive post rotates after 24 to 60 months (Anti-Corruption Law 2018, art. 25).");
        }
        if (terms.establishment() < 1 || terms.minStaff() < 0 || terms.minStaff() > terms.establishment()) {
            throw new RuleViolationException(
                    "invalid-establishment", "A post holds at least one officer and no fewer than its minimum staff.");
        }
        this.title = terms.title().strip();
        this.function = terms.function();
        this.sensitive = terms.sensitive();
        this.rotationPeriodMonths = terms.sensitive() ? terms.rotationPeriodMonths() : null;
        this.minStaff = terms.minStaff();
        this.establishment = terms.establishment();
        this.minRank = terms.minRank();
        this.headOfUnit = terms.headOfUnit();
    }

    /** Refuses one more officer when the post already holds its establishment. */
    public void requireRoomForOneMore(long officersHeld) {
        if (officersHeld >= establishment) {
            throw new RuleViolationException(
                    "post-full", "Post " + title + " already holds its establishment of " + establishment + ".");
        }
    }

    /** The head of the unit changed when an officer takes up or leaves a head post; nothing otherwise. */
    public Optional<UnitHeadChanged> headChange(String unitCode, String headOfficerId, LocalDate from, Instant now) {
        return headOfUnit ? Optional.of(new UnitHeadChanged(unitCode, headOfficerId, from, now)) : Optional.empty();
    }

    public PostPlacement placementIn(Unit unit) {
        return new PostPlacement(id, unit.code(), function, sensitive, headOfUnit, minRank);
    }

    public UUID id() {
        return id;
    }

    public UUID unitId() {
        return unitId;
    }

    public String title() {
        return title;
    }

    public PostFunction function() {
        return function;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public Integer rotationPeriodMonths() {
        return rotationPeriodMonths;
    }

    public int minStaff() {
        return minStaff;
    }

    public int establishment() {
        return establishment;
    }

    public Rank minRank() {
        return minRank;
    }

    public boolean headOfUnit() {
        return headOfUnit;
    }

    public long version() {
        return version;
    }
}
