package vn.customs.inspections.domain.draw;

import java.util.List;
import java.util.Set;
import vn.customs.platform.domain.UnitCode;

/**
 * The check anyone can make of a revealed draw: recompute the commitment and the drawn units from the revealed data
 * and compare them with what was published.
 */
public record DrawVerification(
        boolean commitmentMatches,
        boolean drawMatches,
        boolean weightsMatchFormula,
        String recomputedCommitment,
        List<UnitCode> recomputedDrawn) {

    /** Verifies the claimed commitment and drawn units (in any order) against the revealed data. */
    public static DrawVerification of(
            WeightFormula formula,
            List<CandidateSnapshot> candidates,
            int size,
            Seed seed,
            List<UnitCode> claimedDrawn,
            String claimedCommitment) {
        DrawSelection selection = DrawSelection.compute(formula, candidates, size, seed);
        String commitment = selection.commitment();
        return new DrawVerification(
                commitment.equalsIgnoreCase(claimedCommitment),
                claimedDrawn.size() == size && Set.copyOf(selection.drawn()).equals(Set.copyOf(claimedDrawn)),
                selection.weightsMatchFormula(),
                commitment,
                selection.drawn());
    }
}
