package vn.customs.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every 4xx and 5xx answer of every service. {@code type} is a URI
 * that names the kind of problem ({@code https://customs.example/problems/validation}); {@code errors} lists
 * what is wrong with which part of the request, as JSON pointers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<FieldError> errors) {

    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where problem type URIs live; a stable namespace, not a page to fetch. */
    public static final String TYPE_BASE = "https://customs.example/problems/";

    /**
     * One thing wrong with one part of the request: {@code pointer} is a JSON pointer into the body, or
     * {@code parameter} names a query parameter or header.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String pointer, String parameter, String message) {

        public FieldError(String pointer, String message) {
            this(pointer, null, message);
        }

        public static FieldError parameter(String name, String message) {
            return new FieldError(null, name, message);
        }
    }

    public static URI type(String code) {
        return URI.create(TYPE_BASE + code);
    }
}
