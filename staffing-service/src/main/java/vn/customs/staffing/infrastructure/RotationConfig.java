package vn.customs.staffing.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How rotation is planned and announced ({@code staffing.rotation.*}). */
@ConfigMapping(prefix = "staffing.rotation")
public interface RotationConfig {

    /** Days before the rotation date from which an officer is reported due (RotationDue). */
    @WithDefault("90")
    int warningDays();

    /** An officer does not return to a post or unit he left less than this many years ago. */
    @WithDefault("3")
    int noReturnYears();

    /** How long a solve may take when the plan does not say. */
    @WithDefault("5")
    int defaultSolveSeconds();
}
