package vn.customs.platform.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A count as the department publishes it: {@code {"count":12,"display":"12"}}, or, when fewer than
 * {@link #SMALLEST_SHOWN} (zero included), only {@code {"display":"< 5"}}, so that a figure never points at a few
 * people (a reporter, an officer, an enterprise).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A count; below 5 only `display` (\"< 5\") is given")
public record PublishedCount(
        @Schema(
                description = "The count; absent when suppressed",
                example = "12",
                minimum = "5",
                maximum = "1000000000")
        Long count,

        @Schema(description = "What a page shows", example = "12", maxLength = 16)
        String display) {

    /** Counts below this are suppressed. */
    public static final int SMALLEST_SHOWN = 5;

    /** What a suppressed count or share shows. */
    public static final String SUPPRESSED = "< " + SMALLEST_SHOWN;

    public static PublishedCount of(long count) {
        return count < SMALLEST_SHOWN
                ? new PublishedCount(null, SUPPRESSED)
                : new PublishedCount(count, Long.toString(count));
    }

    public boolean suppressed() {
        return count == null;
    }
}
