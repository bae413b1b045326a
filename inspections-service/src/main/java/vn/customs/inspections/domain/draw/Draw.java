package vn.customs.inspections.domain.draw;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.contracts.inspections.DrawCommitted;
import vn.customs.contracts.inspections.DrawRevealed;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * A risk-weighted draw of surprise-inspection targets. It keeps everything the draw was made from — the formula's
 * version and coefficients, each candidate's signals and weights, the size and the seed — and, until it is revealed,
 * shows the world only its commitment. It is revealed once every drawn unit's inspection has started.
 */
@Entity
@Table(name = "draws")
public class Draw {

    @Id
    private UUID id;

    @Version
    private long version;

    @Embedded
    private WeightFormula formula;

    private int drawSize;

    private String seed;

    private String commitment;

    @Enumerated(EnumType.STRING)
    private DrawStatus status;

    private Instant committedAt;

    private String committedBy;

    private Instant revealedAt;

    private String revealedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "draw_candidates", joinColumns = @JoinColumn(name = "draw_id"))
    @OrderColumn(name = "position")
    private List<DrawCandidate> candidates = new ArrayList<>();

    protected Draw() {}

    /** Makes the draw from its inputs; {@link #committed()} is the event that announces it. */
    public static Draw commit(
            UUID id,
            WeightFormula formula,
            List<CandidateSnapshot> candidates,
            int size,
            Seed seed,
            String by,
            Instant at) {
        DrawSelection selection = DrawSelection.compute(formula, candidates, size, seed);
        Draw draw = new Draw();
        draw.id = Objects.requireNonNull(id, "id");
        draw.formula = formula;
        draw.drawSize = size;
        draw.seed = seed.hex();
        draw.commitment = selection.commitment();
        draw.status = DrawStatus.SEALED;
        draw.committedAt = at;
        draw.committedBy = by;
        for (int i = 0; i < selection.candidates().size(); i++) {
            CandidateSnapshot candidate = selection.candidates().get(i);
            int rank = selection.drawn().indexOf(candidate.unit());
            draw.candidates.add(new DrawCandidate(
                    candidate.unit(),
                    candidate.signals(),
                    candidate.weight(),
                    selection.effectiveWeights().get(i),
                    rank < 0 ? null : rank + 1));
        }
        return draw;
    }

    /** What goes out when the draw is made: the commitment and counts, never a unit. */
    public DrawCommitted committed() {
        return new DrawCommitted(
                id.toString(), commitment, formula.version(), candidates.size(), drawSize, committedAt);
    }

    /**
     * Reveals the seed, once every drawn unit has a started inspection on this draw's basis ({@code started}).
     *
     * @throws RuleViolationException naming the drawn units whose inspections have not started
     */
    public DrawRevealed reveal(Set<UnitCode> started, String by, Instant at) {
        if (!status.canReveal()) {
            throw new IllegalTransitionException("draw", status, "reveal");
        }
        List<UnitCode> waiting =
                drawn().stream().filter(u -> !started.contains(u)).toList();
        if (!waiting.isEmpty()) {
            throw new RuleViolationException(
                    "drawn-inspections-not-started",
                    "The seed is revealed once every drawn unit's inspection (basis RISK_DRAW, this draw) has started;"
                            + " not started yet: "
                            + waiting.stream().map(UnitCode::value).collect(Collectors.joining(", ")));
        }
        status = DrawStatus.REVEALED;
        revealedAt = at;
        revealedBy = by;
        return new DrawRevealed(
                id.toString(),
                commitment,
                seed,
                drawn().stream().map(UnitCode::value).toList(),
                at);
    }

    /** The drawn units in draw order (largest key first). */
    public List<UnitCode> drawn() {
        return candidates.stream()
                .filter(DrawCandidate::drawn)
                .sorted(Comparator.comparing(DrawCandidate::drawnRank))
                .map(DrawCandidate::unit)
                .toList();
    }

    public boolean drew(UnitCode unit) {
        return candidates.stream().anyMatch(c -> c.drawn() && c.unit().equals(unit));
    }

    /** The seed, once revealed; empty while sealed. */
    public Optional<Seed> revealedSeed() {
        return status.published() ? Optional.of(new Seed(seed)) : Optional.empty();
    }

    /** The seed whatever the state, for a verification of the stored draw. */
    Seed seed() {
        return new Seed(seed);
    }

    /** Recomputes the stored draw from its own data: it must match (a check of the storage, not of the world). */
    public DrawVerification selfCheck() {
        return DrawVerification.of(
                formula,
                candidates.stream().map(DrawCandidate::snapshot).toList(),
                drawSize,
                seed(),
                drawn(),
                commitment);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public WeightFormula formula() {
        return formula;
    }

    public int size() {
        return drawSize;
    }

    public String commitment() {
        return commitment;
    }

    public DrawStatus status() {
        return status;
    }

    public Instant committedAt() {
        return committedAt;
    }

    public String committedBy() {
        return committedBy;
    }

    public Instant revealedAt() {
        return revealedAt;
    }

    public String revealedBy() {
        return revealedBy;
    }

    public List<DrawCandidate> candidates() {
        return List.copyOf(candidates);
    }
}
