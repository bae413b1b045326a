package vn.customs.inspections.domain.team;

import java.util.List;
import java.util.Objects;
import vn.customs.platform.domain.OfficerId;

/** An officer screened for a team with every refusal found; none means he may sit on it. */
public record ScreenedOfficer(OfficerId officer, List<Refusal> refusals) {

    public ScreenedOfficer {
        Objects.requireNonNull(officer, "officer");
        refusals = List.copyOf(refusals);
    }

    public boolean mayServe() {
        return refusals.isEmpty();
    }
}
