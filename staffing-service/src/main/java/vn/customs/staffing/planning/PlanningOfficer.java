package vn.customs.staffing.planning;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An officer as the planner sees him: his rank, his current posting and tenure, whether he is due for rotation or
 * exempt from it, and the facts that rule posts out for him (discipline, declared conflicts, recent postings).
 *
 * @param currentPostId the post he holds now; null for an officer without a posting, whom the solver places
 * @param due the tenure on his current (sensitive) post reaches that post's rotation period by the plan date
 * @param exemption null, or the legal reason for not rotating him; an exempt officer stays on his current post
 * @param recentPostIds posts he held in the last years of the no-return rule, not counting the current posting
 * @param recentUnitCodes units he served in during those years, not counting the current posting
 * @param homeUnitCode the unit near his home, or null when unknown
 */
public record PlanningOfficer(
        UUID id,
        String fullName,
        int rank,
        UUID currentPostId,
        int tenureMonths,
        boolean due,
        String exemption,
        boolean suspended,
        Set<String> conflictUnitCodes,
        Set<UUID> recentPostIds,
        Set<String> recentUnitCodes,
        String homeUnitCode) {

    public PlanningOfficer {
        Objects.requireNonNull(id, "id");
        // Absent sets mean "nothing declared"; copies keep the facts immutable while the solver works.
        conflictUnitCodes = conflictUnitCodes == null ? Set.of() : Set.copyOf(conflictUnitCodes);
        recentPostIds = recentPostIds == null ? Set.of() : Set.copyOf(recentPostIds);
        recentUnitCodes = recentUnitCodes == null ? Set.of() : Set.copyOf(recentUnitCodes);
    }

    /** Whether a legal exemption keeps him on his current post. */
    public boolean exempt() {
        return exemption != null && !exemption.isBlank();
    }

    /** How the officer is named in broken-rule lines. */
    String label() {
        return fullName == null || fullName.isBlank() ? "Officer " + id : fullName;
    }
}
