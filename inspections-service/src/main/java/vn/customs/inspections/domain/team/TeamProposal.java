package vn.customs.inspections.domain.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * Draws a valid team from screened inspectors, in a fixed order so that the same facts always give the same team:
 * first the inspectors who never inspected the unit, then those who inspected it longest ago; ties by officer id.
 * The first is the lead, the second the deputy, the next {@code members} the members.
 */
public final class TeamProposal {

    /** The most members (besides lead and deputy) a proposal takes. */
    public static final int MAX_MEMBERS = 20;

    private TeamProposal() {}

    /**
     * @param screened every inspector on the day, screened for this inspection
     * @param lastInspectedOn the day each officer's latest inspection of the unit started (absent: never)
     * @throws RuleViolationException {@code no-valid-team} when fewer than {@code members + 2} may sit
     */
    public static ProposedTeam of(
            UnitCode unit,
            LocalDate day,
            int members,
            List<ScreenedOfficer> screened,
            Map<OfficerId, LocalDate> lastInspectedOn) {
        if (members < 0 || members > MAX_MEMBERS) {
            throw new IllegalArgumentException("members is 0 to " + MAX_MEMBERS + ", not " + members);
        }
        Comparator<OfficerId> byRotation = Comparator.comparing(
                        (OfficerId officer) -> lastInspectedOn.getOrDefault(officer, LocalDate.MIN))
                .thenComparing(OfficerId::value);
        List<OfficerId> eligible = screened.stream()
                .filter(ScreenedOfficer::mayServe)
                .map(ScreenedOfficer::officer)
                .sorted(byRotation)
                .toList();
        List<ScreenedOfficer> excluded = screened.stream()
                .filter(officer -> !officer.mayServe())
                .sorted(Comparator.comparing(officer -> officer.officer().value()))
                .toList();
        int needed = members + 2;
        if (eligible.size() < needed) {
            throw new RuleViolationException(
                    "no-valid-team",
                    "A team for unit " + unit + " on " + day + " needs " + needed + " inspectors (a lead, a deputy and "
                            + members + " members), but only " + eligible.size() + " of the " + screened.size()
                            + " inspectors on post that day may sit on it; the others are refused: "
                            + summary(excluded) + ".");
        }
        return new ProposedTeam(
                eligible.get(0), eligible.get(1), new ArrayList<>(eligible.subList(2, needed)), excluded);
    }

    private static String summary(List<ScreenedOfficer> excluded) {
        if (excluded.isEmpty()) {
            return "none";
        }
        return String.join(
                "; ",
                excluded.stream()
                        .map(officer -> officer.officer() + " ("
                                + String.join(
                                        ", ",
                                        officer.refusals().stream()
                                                .map(refusal -> refusal.code().name())
                                                .toList())
                                + ")")
                        .toList());
    }
}
