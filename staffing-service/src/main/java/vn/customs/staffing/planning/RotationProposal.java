package vn.customs.staffing.planning;

import java.util.List;

/**
 * The solver's proposal for one rotation plan: the moves and the stays, both sorted by officer name, and, when the
 * plan is not lawful, one line per hard rule it still breaks.
 *
 * @param score the Timefold score, e.g. {@code 0hard/-4032soft}
 * @param feasible no hard rule is broken
 * @param brokenHardConstraints "rule: what breaks it" lines; empty when feasible
 */
public record RotationProposal(
        String score,
        boolean feasible,
        long solveMillis,
        List<ProposedMove> moves,
        List<Stay> stays,
        List<String> brokenHardConstraints) {

    public RotationProposal {
        moves = List.copyOf(moves);
        stays = List.copyOf(stays);
        brokenHardConstraints = List.copyOf(brokenHardConstraints);
    }
}
