package vn.customs.inspections.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.inspections.domain.team.ProposedTeam;
import vn.customs.inspections.domain.team.Refusal;
import vn.customs.inspections.domain.team.RefusalCode;
import vn.customs.inspections.domain.team.ScreenedOfficer;
import vn.customs.inspections.domain.team.TeamProposal;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** What the team candidates API answers: plain records, ids as UUIDs and unit codes as text. */
final class TeamCandidatesViews {

    private TeamCandidatesViews() {}

    /** The longest reason a refusal gives (it names two unit codes, two days and a lookback). */
    static final int REASON_MAX_LENGTH = 300;

    /** Enough for every rule and every posting of a career at the inspected unit. */
    static final int MAX_REFUSALS = 100;

    /** Enough for every inspector of the department. */
    static final int MAX_EXCLUDED = 10_000;

    /** A rule the officer breaks, and why, in words. */
    record RefusalView(
            RefusalCode code,
            @Schema(maxLength = REASON_MAX_LENGTH) String reason) {

        static RefusalView of(Refusal refusal) {
            return new RefusalView(refusal.code(), refusal.reason());
        }
    }

    /** An inspector left out of the proposal, with every refusal. */
    record ExcludedView(
            UUID officerId,
            boolean maySit,
            @Schema(maxItems = MAX_REFUSALS) List<RefusalView> refusals) {

        static ExcludedView of(ScreenedOfficer screened) {
            return new ExcludedView(
                    screened.officer().value(),
                    screened.mayServe(),
                    screened.refusals().stream().map(RefusalView::of).toList());
        }
    }

    /** The proposed team and every inspector of the day left out. */
    record ProposalView(
            @Schema(maxLength = UnitCode.MAX_LENGTH, pattern = UnitCode.PATTERN)
            String unit,

            LocalDate on,
            UUID lead,
            UUID deputy,
            @Schema(maxItems = TeamProposal.MAX_MEMBERS) List<UUID> members,
            @Schema(maxItems = MAX_EXCLUDED) List<ExcludedView> excluded) {

        static ProposalView of(UnitCode unit, LocalDate on, ProposedTeam team) {
            return new ProposalView(
                    unit.value(),
                    on,
                    team.lead().value(),
                    team.deputy().value(),
                    team.members().stream().map(OfficerId::value).toList(),
                    team.excluded().stream().map(ExcludedView::of).toList());
        }
    }

    /** One officer screened for an inspection of a unit on a day. */
    record ScreeningView(
            UUID officerId,

            @Schema(maxLength = UnitCode.MAX_LENGTH, pattern = UnitCode.PATTERN)
            String unit,

            LocalDate on,
            boolean maySit,
            @Schema(maxItems = MAX_REFUSALS) List<RefusalView> refusals) {

        static ScreeningView of(UnitCode unit, LocalDate on, ScreenedOfficer screened) {
            return new ScreeningView(
                    screened.officer().value(),
                    unit.value(),
                    on,
                    screened.mayServe(),
                    screened.refusals().stream().map(RefusalView::of).toList());
        }
    }
}
