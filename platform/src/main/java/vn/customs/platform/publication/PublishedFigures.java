package vn.customs.platform.publication;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.platform.time.Quarter;

/**
 * The published figures of a quarter: {@code {"quarter":"2026-Q3","from":"2026-07-01","to":"2026-09-30","gates":[...]}},
 * one entry per gate (each service's own record: {@code gateCode}, {@code gateName} and its figures). Aggregates
 * only: no ids, no officer, no enterprise.
 */
public record PublishedFigures<G>(
        @Schema(description = "The quarter", example = "2026-Q3", pattern = Quarter.PATTERN)
        String quarter,

        @Schema(description = "Its first day", example = "2026-07-01")
        LocalDate from,

        @Schema(description = "Its last day", example = "2026-09-30")
        LocalDate to,

        @Schema(description = "Every open gate, zeros included", maxItems = 1000)
        List<G> gates) {

    public PublishedFigures {
        gates = List.copyOf(gates);
    }

    public static <G> PublishedFigures<G> of(Quarter quarter, List<G> gates) {
        return new PublishedFigures<>(quarter.toString(), quarter.first(), quarter.last(), gates);
    }
}
