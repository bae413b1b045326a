package vn.customs.inspections.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.inspections.domain.draw.Draw;
import vn.customs.inspections.domain.draw.DrawCandidate;
import vn.customs.inspections.domain.draw.DrawSelection;
import vn.customs.inspections.domain.draw.DrawStatus;
import vn.customs.inspections.domain.draw.DrawVerification;
import vn.customs.inspections.domain.draw.RiskSignal;
import vn.customs.inspections.domain.draw.Signals;
import vn.customs.inspections.domain.draw.WeightFormula;
import vn.customs.platform.domain.UnitCode;

/** What the draw API answers: the lead's full view, the published data after the revelation, a verification. */
final class DrawViews {

    private DrawViews() {}

    /** A SHA-256 or a seed in hex. */
    static final int HEX_64 = 64;

    /** A token's subject, as the audit trail keeps it. */
    static final int SUBJECT = 200;

    /** A draw as an inspection lead sees it; {@code seed} is null until the draw is revealed. */
    @Schema(name = "Draw")
    record DrawView(
            UUID id,

            @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE)
            long version,

            @Schema(implementation = DrawStatus.class) String status,
            Formula formula,

            @Schema(minimum = "1", maximum = "" + DrawSelection.MAX_CANDIDATES)
            int size,

            @Schema(maxLength = HEX_64, description = "SHA-256 of the canonical text, lowercase hex")
            String commitment,

            Instant committedAt,
            @Schema(maxLength = SUBJECT) String committedBy,
            Instant revealedAt,
            @Schema(maxLength = SUBJECT) String revealedBy,

            @Schema(maxLength = HEX_64, description = "Null until revealed")
            String seed,

            @Schema(maxItems = DrawSelection.MAX_CANDIDATES) List<CandidateView> candidates,

            @Schema(maxItems = DrawSelection.MAX_CANDIDATES)
            List<@Size(max = UnitCode.MAX_LENGTH) String> drawnUnitCodes) {

        static DrawView of(Draw draw) {
            return new DrawView(
                    draw.id(),
                    draw.version(),
                    draw.status().name(),
                    Formula.of(draw.formula()),
                    draw.size(),
                    draw.commitment(),
                    draw.committedAt(),
                    draw.committedBy(),
                    draw.revealedAt(),
                    draw.revealedBy(),
                    draw.revealedSeed().map(seed -> seed.hex()).orElse(null),
                    draw.candidates().stream().map(CandidateView::of).toList(),
                    draw.drawn().stream().map(UnitCode::value).toList());
        }
    }

    /**
     * A candidate: its signals, the formula's weight, the weight the draw used (raised to the minimum-probability
     * floor) and its place among the drawn (null when not drawn).
     */
    @Schema(name = "DrawCandidate")
    record CandidateView(
            @Schema(maxLength = UnitCode.MAX_LENGTH) String unitCode,
            Counts signals,
            BigDecimal weight,
            BigDecimal effectiveWeight,

            @Schema(minimum = "1", maximum = "" + DrawSelection.MAX_CANDIDATES, description = "Null: not drawn")
            Integer drawnRank) {

        static CandidateView of(DrawCandidate candidate) {
            return new CandidateView(
                    candidate.unit().value(),
                    Counts.of(candidate.signals()),
                    candidate.weight(),
                    candidate.effectiveWeight(),
                    candidate.drawnRank());
        }
    }

    /**
     * What a revealed draw publishes for anyone to verify: post it to {@code /api/v1/draw-verifications} as it is.
     */
    @Schema(name = "PublishedDraw")
    record PublishedDraw(
            UUID drawId,
            @Schema(maxLength = HEX_64) String commitment,
            @Schema(maxLength = HEX_64) String seed,
            Formula formula,

            @Schema(minimum = "1", maximum = "" + DrawSelection.MAX_CANDIDATES)
            int size,

            @Schema(maxItems = DrawSelection.MAX_CANDIDATES) List<CandidateView> candidates,

            @Schema(maxItems = DrawSelection.MAX_CANDIDATES)
            List<@Size(max = UnitCode.MAX_LENGTH) String> drawnUnitCodes,

            Instant committedAt,
            Instant revealedAt) {

        static PublishedDraw of(Draw draw) {
            return new PublishedDraw(
                    draw.id(),
                    draw.commitment(),
                    draw.revealedSeed().orElseThrow().hex(),
                    Formula.of(draw.formula()),
                    draw.size(),
                    draw.candidates().stream().map(CandidateView::of).toList(),
                    draw.drawn().stream().map(UnitCode::value).toList(),
                    draw.committedAt(),
                    draw.revealedAt());
        }
    }

    /** The answer of a verification. */
    @Schema(name = "DrawVerification")
    record VerificationView(
            boolean commitmentMatches,
            boolean drawMatches,
            boolean weightsMatchFormula,
            @Schema(maxLength = HEX_64) String recomputedCommitment,

            @Schema(maxItems = DrawSelection.MAX_CANDIDATES)
            List<@Size(max = UnitCode.MAX_LENGTH) String> recomputedDrawn) {

        static VerificationView of(DrawVerification verification) {
            return new VerificationView(
                    verification.commitmentMatches(),
                    verification.drawMatches(),
                    verification.weightsMatchFormula(),
                    verification.recomputedCommitment(),
                    verification.recomputedDrawn().stream().map(UnitCode::value).toList());
        }
    }

    /** A weight formula's version, base, coefficients and minimum probability, as a draw stored them. */
    @Schema(name = "DrawFormula")
    record Formula(
            @NotBlank @Size(max = WeightFormula.VERSION_MAX_LENGTH)
            String version,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(Formula.MAX)
            BigDecimal base,

            @NotNull @Valid Coefficients coefficients,

            @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false)
            BigDecimal minimumProbability) {

        /** The largest base or coefficient a verification takes. */
        static final String MAX = "1000000";

        static Formula of(WeightFormula formula) {
            return new Formula(
                    formula.version(),
                    formula.base(),
                    new Coefficients(
                            formula.acceptedReport(),
                            formula.substantiatedReport(),
                            formula.charterBreach(),
                            formula.channelOverride(),
                            formula.overrideConcentration(),
                            formula.overdueRotation(),
                            formula.openDisciplineCase(),
                            formula.earlierFinding(),
                            formula.monthSinceLastInspection()),
                    formula.minimumProbability());
        }

        WeightFormula toFormula() {
            Map<RiskSignal, BigDecimal> map = new EnumMap<>(RiskSignal.class);
            for (RiskSignal signal : RiskSignal.values()) {
                map.put(signal, coefficients.of(signal));
            }
            return WeightFormula.of(version, base, map, minimumProbability);
        }

        /** One coefficient per risk signal (the canonical text names them in kebab case: accepted-report, ...). */
        @Schema(name = "DrawCoefficients")
        record Coefficients(
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal acceptedReport,
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal substantiatedReport,
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal charterBreach,
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal channelOverride,
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal overrideConcentration,
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal overdueRotation,
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal openDisciplineCase,
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal earlierFinding,
                @NotNull @DecimalMin("0") @DecimalMax(MAX) BigDecimal monthSinceLastInspection) {

            BigDecimal of(RiskSignal signal) {
                return switch (signal) {
                    case ACCEPTED_REPORT -> acceptedReport;
                    case SUBSTANTIATED_REPORT -> substantiatedReport;
                    case CHARTER_BREACH -> charterBreach;
                    case CHANNEL_OVERRIDE -> channelOverride;
                    case OVERRIDE_CONCENTRATION -> overrideConcentration;
                    case OVERDUE_ROTATION -> overdueRotation;
                    case OPEN_DISCIPLINE_CASE -> openDisciplineCase;
                    case EARLIER_FINDING -> earlierFinding;
                    case MONTH_SINCE_LAST_INSPECTION -> monthSinceLastInspection;
                };
            }
        }
    }

    /** A candidate's count of each risk signal at draw time. */
    @Schema(name = "DrawSignals")
    record Counts(
            @Min(0) @Max(Signals.MAX_COUNT) int acceptedReports,
            @Min(0) @Max(Signals.MAX_COUNT) int substantiatedReports,
            @Min(0) @Max(Signals.MAX_COUNT) int charterBreaches,
            @Min(0) @Max(Signals.MAX_COUNT) int channelOverrides,
            @Min(0) @Max(Signals.MAX_COUNT) int overrideConcentration,
            @Min(0) @Max(Signals.MAX_COUNT) int overdueRotations,
            @Min(0) @Max(Signals.MAX_COUNT) int openDisciplineCases,
            @Min(0) @Max(Signals.MAX_COUNT) int earlierFindings,
            @Min(0) @Max(Signals.MAX_COUNT) int monthsSinceLastInspection) {

        static Counts of(Signals signals) {
            return new Counts(
                    signals.acceptedReports(),
                    signals.substantiatedReports(),
                    signals.charterBreaches(),
                    signals.channelOverrides(),
                    signals.overrideConcentration(),
                    signals.overdueRotations(),
                    signals.openDisciplineCases(),
                    signals.earlierFindings(),
                    signals.monthsSinceLastInspection());
        }

        Signals toSignals() {
            return new Signals(
                    acceptedReports,
                    substantiatedReports,
                    charterBreaches,
                    channelOverrides,
                    overrideConcentration,
                    overdueRotations,
                    openDisciplineCases,
                    earlierFindings,
                    monthsSinceLastInspection);
        }
    }
}
