package vn.customs.platform.http;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.platform.paging.PageRequest;

/**
 * One page of a list and the link to the next: {@code {"items": [...], "next": "/api/v1/things?cursor=..."}}.
 * {@code next} is absent on the last page, except on feeds, which always say where to poll from next.
 */
public record Page<T>(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<T> items,

        @Schema(maxLength = Bounds.NEXT_LINK_MAX_LENGTH, description = "The next page; absent on the last one")
        String next) {

    /**
     * Builds the page from up to {@code limit + 1} rows read in key order: the extra row only tells whether a next
     * page exists. {@code position} gives the key of an item, which becomes the cursor.
     */
    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, String> position, UriInfo uri) {
        boolean more = rows.size() > request.limit();
        List<T> items = more ? List.copyOf(rows.subList(0, request.limit())) : List.copyOf(rows);
        String next = more ? link(uri, position.apply(items.get(items.size() - 1)), request.limit()) : null;
        return new Page<>(items, next);
    }

    /**
     * As {@link #of(List, PageRequest, Function, UriInfo)}, for rows that are shown as views: {@code position} reads
     * the cursor from the row, {@code view} makes what the caller gets.
     */
    public static <R, T> Page<T> of(
            List<R> rows, PageRequest request, Function<R, String> position, Function<R, T> view, UriInfo uri) {
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? link(uri, position.apply(shown.get(shown.size() - 1)), request.limit()) : null;
        return new Page<>(shown.stream().map(view).collect(Collectors.toList()), next);
    }

    /**
     * The link to the page after {@code position}, keeping the request's other query parameters. It is relative
     * ({@code /api/v1/things?cursor=...}) unless {@code customs.http.public-url} names where callers reach the
     * service: never built from the request's {@code Host} header, which any caller can set.
     */
    public static String link(UriInfo uri, String position, int limit) {
        URI request = uri.getRequestUri();
        String relative = UriBuilder.fromPath(request.getRawPath())
                .replaceQuery(request.getRawQuery())
                .replaceQueryParam("cursor", PageRequest.encode(position))
                .replaceQueryParam("limit", limit)
                .build()
                .toString();
        return PUBLIC_URL.map(base -> base.replaceAll("/+$", "") + relative).orElse(relative);
    }

    private static final Optional<String> PUBLIC_URL =
            ConfigProvider.getConfig().getOptionalValue("customs.http.public-url", String.class);
}
