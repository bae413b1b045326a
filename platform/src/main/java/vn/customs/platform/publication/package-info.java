/**
 * The department's published figures: public, token-less aggregates per gate and quarter. {@link Quarter} names the
 * period, {@link PublishedCount} and {@link PublishedShare} suppress small numbers (fewer than 5 show as "< 5"),
 * {@link PublishedFigures} is the answer's envelope, and {@link PublicFigures} answers the HTTP request (quarter
 * parameter, cache, ETag, Cache-Control). The value types are free of HTTP, so use cases may build them.
 */
package vn.customs.platform.publication;
