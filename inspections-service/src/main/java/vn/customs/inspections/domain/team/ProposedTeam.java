package vn.customs.inspections.domain.team;

import java.util.List;
import java.util.Objects;
import vn.customs.platform.domain.OfficerId;

/**
 * A valid team proposed for an inspection of a unit: a lead, a deputy and members, none with a refusal; {@code
 * excluded} names every inspector left out with the refusals that excluded him.
 */
public record ProposedTeam(OfficerId lead, OfficerId deputy, List<OfficerId> members, List<ScreenedOfficer> excluded) {

    public ProposedTeam {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(deputy, "deputy");
        members = List.copyOf(members);
        excluded = List.copyOf(excluded);
    }
}
