package vn.customs.inspections.domain.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.customs.inspections.domain.staffing.DeclaredRelatives;
import vn.customs.inspections.domain.staffing.Posting;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * Screens officers for the team of an inspection of a unit on a day, against staffing's read models and the team of
 * the unit's previous inspection: every rule an officer breaks is a {@link Refusal} with its reason.
 */
public final class TeamScreen {

    private final TeamRules rules;
    private final UnitDirectory units;
    private final PostingHistory postings;
    private final DeclaredRelatives relatives;

    public TeamScreen(TeamRules rules, UnitDirectory units, PostingHistory postings, DeclaredRelatives relatives) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.units = Objects.requireNonNull(units, "units");
        this.postings = Objects.requireNonNull(postings, "postings");
        this.relatives = Objects.requireNonNull(relatives, "relatives");
    }

    /**
     * The screen for one inspection: of {@code target} (and every unit below it), on {@code day}, after an inspection
     * of the unit whose team was {@code lastTeam}.
     */
    public Target at(UnitCode target, LocalDate day, Set<OfficerId> lastTeam) {
        return new Target(target, units.withDescendants(target), day, Set.copyOf(lastTeam));
    }

    /** One inspection's screen: the target's units are looked up once for every officer screened. */
    public final class Target {

        private final UnitCode target;
        private final Set<UnitCode> targetUnits;
        private final LocalDate day;
        private final Set<OfficerId> lastTeam;

        private Target(UnitCode target, Set<UnitCode> targetUnits, LocalDate day, Set<OfficerId> lastTeam) {
            this.target = Objects.requireNonNull(target, "target");
            this.targetUnits = targetUnits;
            this.day = Objects.requireNonNull(day, "day");
            this.lastTeam = lastTeam;
        }

        /** Every refusal of {@code officer}, in the order of {@link RefusalCode}; empty when he may sit. */
        public ScreenedOfficer screen(OfficerId officer) {
            List<Posting> history = postings.ofOfficer(officer);
            List<Refusal> refusals = new ArrayList<>();
            if (history.stream()
                    .noneMatch(posting ->
                            TeamRules.INSPECTION_FUNCTION.equals(posting.postFunction()) && posting.covers(day))) {
                refusals.add(new Refusal(
                        RefusalCode.NOT_AN_INSPECTOR, "Holds no post with the INSPECTION function on " + day + "."));
            }
            LocalDate since = day.minusYears(rules.postingLookbackYears());
            for (Posting posting : history) {
                if (targetUnits.contains(posting.unit()) && posting.overlaps(since, null)) {
                    refusals.add(new Refusal(
                            RefusalCode.POSTED_AT_TARGET,
                            "Posted at unit " + posting.unit() + below(posting.unit()) + " " + posting.period()
                                    + (posting.covers(day) ? " (on post on " + day + ")" : "")
                                    + ", within the last " + rules.postingLookbackYears() + " years (since " + since
                                    + ")."));
                }
            }
            for (UnitCode unit : relatives.unitsOf(officer)) {
                if (targetUnits.contains(unit)) {
                    refusals.add(new Refusal(
                            RefusalCode.RELATIVE_AT_TARGET,
                            "Declared a relative working at unit " + unit + below(unit) + "."));
                }
            }
            if (lastTeam.contains(officer)) {
                refusals.add(new Refusal(
                        RefusalCode.INSPECTED_LAST_TIME,
                        "Sat on the team of the previous inspection of unit " + target
                                + "; inspectors rotate from one inspection of a unit to the next."));
            }
            return new ScreenedOfficer(officer, refusals);
        }

        private String below(UnitCode unit) {
            return unit.equals(target) ? "" : " (under the inspected unit " + target + ")";
        }
    }
}
