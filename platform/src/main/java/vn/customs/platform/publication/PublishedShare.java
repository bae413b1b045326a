package vn.customs.platform.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A share as the department publishes it: {@code {"share":0.932,"display":"93.2%"}} (a fraction to three decimals, a
 * percentage to one), or, when its denominator is below {@link PublishedCount#SMALLEST_SHOWN} (none included), only
 * {@code {"display":"< 5"}}: a share of two declarations tells about two enterprises.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A share of a whole; when the whole is below 5 only `display` (\"< 5\") is given")
public record PublishedShare(
        @Schema(
                description = "The share, 0 to 1; absent when suppressed",
                example = "0.932",
                minimum = "0",
                maximum = "1")
        Double share,

        @Schema(description = "What a page shows", example = "93.2%", maxLength = 16)
        String display) {

    public static PublishedShare of(long part, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("a share's part lies between 0 and its whole: " + part + "/" + whole);
        }
        if (whole < PublishedCount.SMALLEST_SHOWN) {
            return new PublishedShare(null, PublishedCount.SUPPRESSED);
        }
        BigDecimal share = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
        return new PublishedShare(share.doubleValue(), share.movePointRight(2).setScale(1) + "%");
    }

    public boolean suppressed() {
        return share == null;
    }
}
