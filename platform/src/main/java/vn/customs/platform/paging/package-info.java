/**
 * Keyset pagination as the use cases see it: a page request with a bounded limit and an opaque cursor, parsed at the
 * edge and passed to the query classes. Free of HTTP types, so application code may depend on it.
 */
package vn.customs.platform.paging;
