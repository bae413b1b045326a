package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.officer.OfficerRoster;
import vn.customs.platform.domain.OfficerId;

/**
 * Keeps each officer's count of open declarations in step with assignments and finished declarations, so that
 * assignment to the least-loaded officer reads a counter instead of counting declarations.
 */
@ApplicationScoped
class Workload {

    private final OfficerRoster roster;

    Workload(OfficerRoster roster) {
        this.roster = roster;
    }

    /** After a reassignment: the declaration leaves one officer's load for the other's. */
    void reassigned(OfficerId from, UUID to) {
        if (from != null) {
            roster.released(from.value());
        }
        roster.assigned(to);
    }

    /** After a step: a newly assigned officer takes one more, a finished declaration frees its officer of one. */
    void follow(OfficerId assignedBefore, Declaration declaration) {
        OfficerId assigned = declaration.assignedOfficerId();
        if (assignedBefore == null && assigned != null && !declaration.status().terminal()) {
            roster.assigned(assigned.value());
        }
        if (assignedBefore != null && declaration.status().terminal()) {
            roster.released(assignedBefore.value());
        }
    }
}
