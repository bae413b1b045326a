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

    private SharedParameters() {}
}
