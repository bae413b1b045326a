package vn.customs.inspections.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.inspections.domain.draw.CandidateSnapshot;
import vn.customs.inspections.domain.draw.DrawSelection;
import vn.customs.inspections.domain.draw.Seed;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Bounds;

/** What the draw API takes: a new draw, and a revealed draw to verify. */
final class DrawBodies {

    private DrawBodies() {}

    static final String SHA256_HEX = "[0-9a-f]{64}";

    /** The largest weight a verification takes. */
    static final String MAX_WEIGHT = "1000000000000";

    /** A new draw: how many units to draw, among the named open gates or, when none are named, all of them. */
    @Schema(name = "NewDraw")
    record NewDraw(
            @Schema(description = "How many units to draw", minimum = "1", maximum = "" + DrawSelection.MAX_CANDIDATES)
            @NotNull
            @Min(1)
            @Max(DrawSelection.MAX_CANDIDATES)
            Integer size,

            @Schema(description = "Candidate units (open gates); all open gates when absent")
            @Size(max = DrawSelection.MAX_CANDIDATES)
            List<@NotNull @Size(min = 2, max = UnitCode.MAX_LENGTH) @Pattern(regexp = UnitCode.PATTERN) String>
                    candidates) {

        List<UnitCode> candidateCodes() {
            return candidates == null
                    ? List.of()
                    : candidates.stream().map(UnitCode::new).toList();
        }
    }

    /**
     * A revealed draw to check: the published data of a draw, as it is ({@code drawId}, {@code committedAt} and
     * {@code revealedAt} may come along; the verification does not need them).
     */
    @Schema(name = "DrawToVerify")
    record Verification(
            @Schema(description = "Not needed: the draw's id, as published")
            UUID drawId,

            @Schema(description = "Not needed: as published", maxLength = Bounds.DATE_TIME_MAX_LENGTH)
            Instant committedAt,

            @Schema(description = "Not needed: as published", maxLength = Bounds.DATE_TIME_MAX_LENGTH)
            Instant revealedAt,

            @NotNull @Size(min = Seed.LENGTH, max = Seed.LENGTH) @Pattern(regexp = Seed.PATTERN)
            String seed,

            @NotNull @Valid DrawViews.Formula formula,

            @NotNull @Min(1) @Max(DrawSelection.MAX_CANDIDATES)
            Integer size,

            @NotNull @Size(min = 1, max = DrawSelection.MAX_CANDIDATES)
            List<@NotNull @Valid Candidate> candidates,

            @NotNull @Size(max = DrawSelection.MAX_CANDIDATES)
            List<@NotNull @Size(min = 2, max = UnitCode.MAX_LENGTH) @Pattern(regexp = UnitCode.PATTERN) String>
                    drawnUnitCodes,

            @NotNull @Size(min = 64, max = 64) @Pattern(regexp = SHA256_HEX)
            String commitment) {

        List<CandidateSnapshot> snapshots() {
            return candidates.stream()
                    .map(c -> new CandidateSnapshot(
                            new UnitCode(c.unitCode()), c.signals().toSignals(), c.weight()))
                    .toList();
        }

        List<UnitCode> drawn() {
            return drawnUnitCodes.stream().map(UnitCode::new).toList();
        }
    }

    /** A candidate as published: the unit, its signals, the formula's weight. */
    @Schema(name = "DrawCandidateToVerify")
    record Candidate(
            @NotNull @Size(min = 2, max = UnitCode.MAX_LENGTH) @Pattern(regexp = UnitCode.PATTERN)
            String unitCode,

            @NotNull @Valid DrawViews.Counts signals,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_WEIGHT)
            BigDecimal weight,

            @Schema(description = "Not needed (recomputed): the weight the draw used")
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax(MAX_WEIGHT)
            BigDecimal effectiveWeight,

            @Schema(description = "Not needed (recomputed): the place among the drawn")
            @Min(1)
            @Max(DrawSelection.MAX_CANDIDATES)
            Integer drawnRank) {}
}
