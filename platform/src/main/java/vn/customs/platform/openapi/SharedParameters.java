package vn.customs.platform.openapi;

import vn.customs.platform.http.Bounds;

/**
 * The names of the parameters every service's document declares once (in this package's {@code @OpenAPIDefinition}),
 * with the bounds the platform enforces; a resource refers to one with {@code @Parameter(ref = SharedParameters.LIMIT)}.
 */
public final class SharedParameters {

    /** {@code limit}: items per page (PageRequest). */
    public static final String LIMIT = "limit";

    /** {@code cursor}: where the page starts (PageRequest, {@link Bounds#cursor(String)}). */
    public static final String CURSOR = "cursor";

    /** {@code If-Match}: the ETag an update or a transition needs (Preconditions). */
    public static final String IF_MATCH = "If-Match";

    /** {@code gate}: a gate's unit code, as a filter ({@link vn.customs.platform.domain.UnitCode}). */
    public static final String GATE = "gate";

    /** {@code unit}: a unit's code, as a filter ({@link vn.customs.platform.domain.UnitCode}). */
    public static final String UNIT = "unit";

    /** {@code on}: the day a question is asked about (default today). */
    public static final String ON = "on";

    /** {@code from}: the first day of a period (default: the start of the quarter). */
    public static final String FROM = "from";

    /** {@code to}: the last day of a period (default today). */
    public static final String TO = "to";

    /** {@code knownAt}: answer as the service knew it at this moment (default now). */
    public static final String KNOWN_AT = "knownAt";

    private SharedParameters() {}
}
