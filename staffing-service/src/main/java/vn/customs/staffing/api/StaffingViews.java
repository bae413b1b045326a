package vn.customs.staffing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.staffing.application.AssetDeclarationsOwed;
import vn.customs.staffing.application.PostingRow;
import vn.customs.staffing.application.RotationStanding;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.assets.AssetThreshold;
import vn.customs.staffing.domain.discipline.DisciplineCase;
import vn.customs.staffing.domain.officer.DeclaredInterest;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.rotation.Pin;
import vn.customs.staffing.domain.rotation.PlanEntry;
import vn.customs.staffing.domain.rotation.RotationPlan;

/** What the API answers: plain records built from the aggregates, never the aggregates themselves. */
final class StaffingViews {

    private StaffingViews() {}

    /** A unit. */
    record UnitView(
            UUID id, String code, String name, String kind, UUID parentId, boolean remoteArea, LocalDate closedOn) {
        static UnitView of(Unit unit) {
            return new UnitView(
                    unit.id(),
                    unit.code(),
                    unit.name(),
                    unit.kind().name(),
                    unit.parentId(),
                    unit.remoteArea(),
                    unit.closedOn());
        }
    }

    /** A post. */
    record PostView(
            UUID id,
            UUID unitId,
            String title,
            String function,
            boolean sensitive,
            Integer rotationPeriodMonths,
            int minStaff,
            int establishment,
            String minRank,
            boolean headOfUnit) {
        static PostView of(Post post) {
            return new PostView(
                    post.id(),
                    post.unitId(),
                    post.title(),
                    post.function().name(),
                    post.sensitive(),
                    post.rotationPeriodMonths(),
                    post.minStaff(),
                    post.establishment(),
                    post.minRank().name(),
                    post.headOfUnit());
        }
    }

    /** An officer's record, with the posting he holds today. */
    record OfficerView(
            UUID id,
            String serviceNumber,
            String fullName,
            String rank,
            LocalDate dateOfBirth,
            LocalDate retirementDate,
            String homeUnitCode,
            String exemption,
            LocalDate exemptionUntil,
            boolean underReview,
            boolean suspended,
            List<DeclaredInterest> declaredInterests,
            PostingView currentPosting) {
        static OfficerView of(Officer officer, LocalDate today) {
            return new OfficerView(
                    officer.id(),
                    officer.serviceNumber(),
                    officer.fullName(),
                    officer.rank().name(),
                    officer.dateOfBirth(),
                    officer.retirementDate(),
                    officer.homeUnitCode(),
                    officer.exemption() == null ? null : officer.exemption().name(),
                    officer.exemptionUntil(),
                    officer.underReview(),
                    officer.suspended(),
                    officer.declaredInterests(),
                    officer.postingOn(today)
                            .map(posting -> PostingView.of(posting, officer))
                            .orElse(null));
        }
    }

    /** One officer on one post for a period. */
    record PostingView(
            UUID id,
            UUID officerId,
            String officerName,
            String serviceNumber,
            UUID postId,
            String postTitle,
            String postFunction,
            String unitCode,
            LocalDate validFrom,
            LocalDate validTo,
            String kind,
            String decisionNumber,
            String endDecisionNumber,
            Instant recordedAt,
            Instant endRecordedAt) {
        static PostingView of(PostingRow row) {
            Posting p = row.posting();
            return new PostingView(
                    p.id(),
                    p.officerId(),
                    row.officerName(),
                    row.serviceNumber(),
                    p.postId(),
                    row.post().title(),
                    row.post().function().name(),
                    p.unitCode(),
                    p.validFrom(),
                    p.validTo(),
                    p.kind().name(),
                    p.decisionNumber(),
                    p.endDecisionNumber(),
                    p.recordedAt(),
                    p.endRecordedAt());
        }

        /** Without the post's title and function (the officer's own record names the post by id). */
        static PostingView of(Posting p, Officer officer) {
            return new PostingView(
                    p.id(),
                    officer.id(),
                    officer.fullName(),
                    officer.serviceNumber(),
                    p.postId(),
                    null,
                    null,
                    p.unitCode(),
                    p.validFrom(),
                    p.validTo(),
                    p.kind().name(),
                    p.decisionNumber(),
                    p.endDecisionNumber(),
                    p.recordedAt(),
                    p.endRecordedAt());
        }
    }

    /** A unit's head on a day; {@code posting} is null while the head post is vacant. */
    record HeadView(String unitCode, LocalDate on, PostingView posting) {}

    /** An officer due or overdue for rotation. */
    record RotationStandingView(
            UUID officerId,
            String officerName,
            String unitCode,
            UUID postId,
            String postTitle,
            String postFunction,
            LocalDate since,
            int rotationPeriodMonths,
            LocalDate rotationDate,
            String standing,
            String exemption) {
        static RotationStandingView of(RotationStanding s) {
            return new RotationStandingView(
                    s.officer().id(),
                    s.officer().fullName(),
                    s.posting().unitCode(),
                    s.post().id(),
                    s.post().title(),
                    s.post().function().name(),
                    s.posting().validFrom(),
                    s.post().rotationPeriodMonths(),
                    s.rotationDate(),
                    s.standing().name(),
                    s.exemption());
        }
    }

    /** A rotation plan with its proposal once solved. */
    record RotationPlanView(
            UUID id,
            String status,
            LocalDate periodFrom,
            LocalDate periodTo,
            List<String> unitCodes,
            int timeLimitSeconds,
            String createdBy,
            String approvedBy,
            String decisionNumber,
            String score,
            Boolean feasible,
            Long solveMillis,
            String failure,
            Instant createdAt,
            Instant solvedAt,
            Instant approvedAt,
            Instant executedAt,
            List<Pin> pins,
            long moveCount,
            List<PlanEntryView> moves,
            List<PlanEntryView> stays) {
        static RotationPlanView of(RotationPlan plan) {
            List<PlanEntryView> entries =
                    plan.entries().stream().map(PlanEntryView::of).collect(Collectors.toList());
            List<PlanEntryView> moves =
                    entries.stream().filter(PlanEntryView::moves).collect(Collectors.toList());
            List<PlanEntryView> stays =
                    entries.stream().filter(entry -> !entry.moves()).collect(Collectors.toList());
            return new RotationPlanView(
                    plan.id(),
                    plan.status().name(),
                    plan.periodFrom(),
                    plan.periodTo(),
                    plan.unitCodes(),
                    plan.timeLimitSeconds(),
                    plan.createdBy(),
                    plan.approvedBy(),
                    plan.decisionNumber(),
                    plan.score(),
                    plan.feasible(),
                    plan.solveMillis(),
                    plan.failure(),
                    plan.createdAt(),
                    plan.solvedAt(),
                    plan.approvedAt(),
                    plan.executedAt(),
                    plan.pins(),
                    moves.size(),
                    moves,
                    stays);
        }
    }

    /** A proposed move (with its reasons) or a stay (with its reason, the legal exemption for a due officer). */
    record PlanEntryView(
            UUID officerId,
            String officerName,
            UUID fromPostId,
            UUID toPostId,
            boolean moves,
            boolean due,
            boolean pinned,
            List<String> reasons) {
        static PlanEntryView of(PlanEntry entry) {
            return new PlanEntryView(
                    entry.officerId().value(),
                    entry.officerName(),
                    entry.fromPostId(),
                    entry.toPostId(),
                    entry.moves(),
                    entry.due(),
                    entry.pinned(),
                    Arrays.asList(entry.reasons().split("\n")));
        }
    }

    /** A discipline case. */
    record DisciplineCaseView(
            UUID id,
            UUID officerId,
            String origin,
            String originId,
            String reason,
            String unitCode,
            LocalDate violationDate,
            UUID accountableHeadOfficerId,
            boolean suspended,
            String status,
            String outcome,
            Instant openedAt,
            Instant closedAt) {
        static DisciplineCaseView of(DisciplineCase c) {
            return new DisciplineCaseView(
                    c.id(),
                    c.officerId(),
                    c.origin().name(),
                    c.originId(),
                    c.reason(),
                    c.unitCode(),
                    c.violationDate(),
                    c.accountableHeadOfficerId(),
                    c.suspended(),
                    c.status().name(),
                    c.outcome() == null ? null : c.outcome().name(),
                    c.openedAt(),
                    c.closedAt());
        }
    }

    /** An asset declaration. */
    record AssetDeclarationView(
            UUID id,
            UUID officerId,
            String kind,
            int year,
            LocalDate filedOn,
            BigDecimal totalAssetsVnd,
            BigDecimal riseVnd,
            String status,
            boolean onTime,
            String note,
            List<AssetView> assets) {
        static AssetDeclarationView of(AssetDeclaration a) {
            return new AssetDeclarationView(
                    a.id(),
                    a.officerId(),
                    a.kind().name(),
                    a.year(),
                    a.filedOn(),
                    a.totalAssetsVnd(),
                    a.riseVnd(),
                    a.status().name(),
                    a.onTime(),
                    a.note(),
                    a.assets().stream()
                            .map(asset -> new AssetView(
                                    asset.description(), asset.value().amount()))
                            .toList());
        }
    }

    /** A single asset listed on its own in a declaration. */
    record AssetView(String description, BigDecimal valueVnd) {}

    /** The declaration thresholds in force from {@code validFrom}. */
    record ThresholdView(LocalDate validFrom, BigDecimal perAssetVnd, BigDecimal yearlyRiseVnd) {
        static ThresholdView of(AssetThreshold threshold) {
            return new ThresholdView(
                    threshold.validFrom(),
                    threshold.perAsset().amount(),
                    threshold.yearlyRise().amount());
        }
    }

    /** An officer who owes his FIRST declaration. */
    record FirstDeclarationOwedView(
            UUID officerId,
            String fullName,
            String serviceNumber,
            LocalDate appointedOn,
            LocalDate deadline,
            boolean overdue) {
        static FirstDeclarationOwedView of(AssetDeclarationsOwed.FirstDeclarationOwed owed) {
            return new FirstDeclarationOwedView(
                    owed.officer().id(),
                    owed.officer().fullName(),
                    owed.officer().serviceNumber(),
                    owed.appointedOn(),
                    owed.deadline(),
                    owed.overdue());
        }
    }

    /** An officer who owes an annual declaration. */
    record OverdueDeclarantView(UUID officerId, String fullName, String serviceNumber, int year, LocalDate deadline) {}
}
