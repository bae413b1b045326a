package vn.customs.staffing.domain.officer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.contracts.staffing.OfficerRegistered;
import vn.customs.contracts.staffing.PostingEnded;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.staffing.domain.organisation.PostPlacement;
import vn.customs.staffing.domain.organisation.Rank;

/**
 * An officer and his postings. The aggregate keeps the posting invariants: postings never overlap, a move closes
 * one posting and opens the next, a suspended officer is not moved into a sensitive post, rank fits the post.
 */
@Entity
@Table(name = "officers")
public class Officer {

    /** Officers this close to retirement are not rotated. */
    static final int NO_ROTATION_MONTHS_BEFORE_RETIREMENT = 18;

    @Id
    private UUID id;

    private String serviceNumber;
    private String fullName;
    private String searchName;

    @Enumerated(EnumType.STRING)
    private Rank rank;

    private LocalDate dateOfBirth;
    private LocalDate retirementDate;
    private String homeUnitCode;

    @Enumerated(EnumType.STRING)
    private Exemption exemption;

    private LocalDate exemptionUntil;
    private boolean underReview;
    private boolean suspended;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "officer_declared_interests", joinColumns = @JoinColumn(name = "officer_id"))
    private List<DeclaredInterest> declaredInterests = new ArrayList<>();

    @OneToMany(mappedBy = "officer", cascade = CascadeType.ALL)
    @OrderBy("validFrom")
    private List<Posting> postings = new ArrayList<>();

    @Version
    private long version;

    private Instant createdAt;

    protected Officer() {}

    private Officer(UUID id, Instant now) {
        this.id = id;
        this.createdAt = now;
    }

    /** A new officer in the personnel register. */
    public static Officer register(UUID id, OfficerProfile profile, Instant now) {
        Officer officer = new Officer(id, now);
        officer.serviceNumber = profile.serviceNumber();
        officer.revise(profile);
        return officer;
    }

    /** The event other services learn the officer from: nothing personal beyond name, rank and interests. */
    public OfficerRegistered registration(Instant now) {
        return new OfficerRegistered(
                id.toString(),
                serviceNumber,
                fullName,
                rank.name(),
                List.copyOf(conflictTaxIds()),
                List.copyOf(relativeUnitCodes()),
                now);
    }

    /** Updates what personnel records; the service number never changes. */
    public void revise(OfficerProfile profile) {
        if (!profile.retirementDate().isAfter(profile.dateOfBirth())) {
            throw new RuleViolationException("invalid-retirement-date", "Retirement comes after the date of birth.");
        }
        this.fullName = profile.fullName().strip();
        this.searchName = SearchName.of(fullName);
        this.rank = profile.rank();
        this.dateOfBirth = profile.dateOfBirth();
        this.retirementDate = profile.retirementDate();
        this.homeUnitCode = profile.homeUnitCode();
        this.declaredInterests = new ArrayList<>(profile.declaredInterests());
    }

    /** Records a circumstance that puts rotation off, until a date or (null) until cleared. */
    public void recordExemption(Exemption exemption, LocalDate until) {
        this.exemption = Objects.requireNonNull(exemption);
        this.exemptionUntil = until;
    }

    public void clearExemption() {
        this.exemption = null;
        this.exemptionUntil = null;
    }

    /** Follows the officer's open discipline cases: any open case puts him under review, some also suspend. */
    public void disciplineStateChanged(boolean underReview, boolean suspended) {
        this.underReview = underReview;
        this.suspended = suspended;
    }

    /** Why the officer may not be rotated on {@code day}, if anything stands in the way. */
    public Optional<String> rotationExemption(LocalDate day) {
        if (underReview || suspended) {
            return Optional.of("Under discipline review or investigation");
        }
        if (exemption != null && (exemptionUntil == null || !day.isAfter(exemptionUntil))) {
            return Optional.of(exemption.legalReason());
        }
        if (day.plusMonths(NO_ROTATION_MONTHS_BEFORE_RETIREMENT).isAfter(retirementDate)) {
            return Optional.of("Less than 18 months before retirement");
        }
        return Optional.empty();
    }

    /**
     * Moves the officer to another post from {@code from}: the open posting (if any) ends the day before and the
     * next one opens, both under the same decision.
     */
    public Move moveTo(
            PostPlacement target, LocalDate from, PostingKind kind, String decision, UUID postingId, Instant now) {
        Optional<PostingEnded> ended = Optional.empty();
        Optional<Posting> open = openPosting();
        if (open.isPresent()) {
            if (open.get().postId().equals(target.postId())) {
                throw new RuleViolationException("same-post", "The officer already holds this post.");
            }
            ended = Optional.of(endPosting(from.minusDays(1), decision, now));
        }
        return new Move(ended, takeUpPost(target, from, kind, decision, postingId, now));
    }

    /** Opens a posting from {@code from}; the officer must hold no posting on or after that day. */
    public OfficerPosted takeUpPost(
            PostPlacement target, LocalDate from, PostingKind kind, String decision, UUID postingId, Instant now) {
        requireDecision(decision);
        if (postings.stream().anyMatch(posting -> posting.reachesInto(from))) {
            throw new RuleViolationException(
                    "posting-overlap", "The officer already holds a posting on or after " + from + ".");
        }
        if (suspended && target.sensitive()) {
            throw new RuleViolationException(
                    "officer-suspended", "A suspended officer cannot be moved into a sensitive post.");
        }
        if (!rank.atLeast(target.minRank())) {
            throw new RuleViolationException(
                    "rank-below-post",
                    "The post needs rank " + target.minRank() + " or higher; the officer is " + rank + ".");
        }
        if (from.isAfter(retirementDate)) {
            throw new RuleViolationException("after-retirement", "The officer retires on " + retirementDate + ".");
        }
        Posting posting = new Posting(postingId, this, target.postId(), target.unitCode(), from, kind, decision, now);
        postings.add(posting);
        return posting.opened(target, now);
    }

    /** Ends the open posting on {@code lastDay}, its last day on the post, because a move follows. */
    public PostingEnded endPosting(LocalDate lastDay, String decision, Instant now) {
        return endOpenPosting(lastDay, decision, "MOVE", now);
    }

    /** Leaves the post on {@code lastDay} without taking up another (retirement, long leave, ...). */
    public PostingEnded depart(DepartureReason reason, LocalDate lastDay, String decision, Instant now) {
        return endOpenPosting(lastDay, decision, Objects.requireNonNull(reason).name(), now);
    }

    private PostingEnded endOpenPosting(LocalDate lastDay, String decision, String reason, Instant now) {
        requireDecision(decision);
        Posting open = openPosting()
                .orElseThrow(() -> new IllegalTransitionException("officer", "without a posting", "leave a post"));
        if (lastDay.isBefore(open.validFrom())) {
            throw new RuleViolationException(
                    "posting-too-short", "The posting started on " + open.validFrom() + "; it cannot end before.");
        }
        return open.end(lastDay, decision, reason, now);
    }

    private static void requireDecision(String decision) {
        if (decision == null || decision.isBlank()) {
            throw new RuleViolationException("decision-required", "A posting needs the number of its decision.");
        }
    }

    public Optional<Posting> openPosting() {
        return postings.stream().filter(Posting::open).findFirst();
    }

    public Optional<Posting> postingOn(LocalDate day) {
        return postings.stream().filter(posting -> posting.covers(day)).findFirst();
    }

    /** Postings in order of their first day. */
    public List<Posting> postings() {
        List<Posting> ordered = new ArrayList<>(postings);
        ordered.sort(Comparator.comparing(Posting::validFrom));
        return ordered;
    }

    /** Units where a declared relative works or a declared business interest operates. */
    public Set<String> conflictUnitCodes() {
        return DeclaredInterest.collect(declaredInterests, DeclaredInterest::unitCode);
    }

    /** Units where a declared relative works (inspections keep him off teams inspecting them). */
    public Set<String> relativeUnitCodes() {
        return DeclaredInterest.collect(
                declaredInterests.stream()
                        .filter(i -> i.kind() == DeclaredInterest.InterestKind.RELATIVE)
                        .toList(),
                DeclaredInterest::unitCode);
    }

    /** Enterprises the officer declared an interest in. */
    public Set<String> conflictTaxIds() {
        return DeclaredInterest.collect(declaredInterests, DeclaredInterest::taxId);
    }

    public UUID id() {
        return id;
    }

    public String serviceNumber() {
        return serviceNumber;
    }

    public String fullName() {
        return fullName;
    }

    public String searchName() {
        return searchName;
    }

    public Rank rank() {
        return rank;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public LocalDate retirementDate() {
        return retirementDate;
    }

    public String homeUnitCode() {
        return homeUnitCode;
    }

    public Exemption exemption() {
        return exemption;
    }

    public LocalDate exemptionUntil() {
        return exemptionUntil;
    }

    public boolean underReview() {
        return underReview;
    }

    public boolean suspended() {
        return suspended;
    }

    public List<DeclaredInterest> declaredInterests() {
        return List.copyOf(declaredInterests);
    }

    public long version() {
        return version;
    }
}
