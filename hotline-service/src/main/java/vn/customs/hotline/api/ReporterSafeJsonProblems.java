package vn.customs.hotline.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.ProblemMappers;
import vn.customs.platform.http.Problems;

/**
 * The platform's answers to bodies that are no JSON, or hold a value of the wrong type, repeat what was sent (the
 * parser's {@code Unrecognized token 'Nguyễn'}, {@code '84912000111' is not a valid string}). On the hotline what
 * was sent may be a reporter's name, phone number or tax id, which never goes into a problem body: these two answer
 * the same problems, with the same pointers, without the value. Being for subclasses of the exceptions the platform
 * maps, they take precedence over its mappers; a body that is no JSON reaches the service wrapped in a
 * WebApplicationException, which is answered here when it wraps a parser's refusal and by the platform otherwise.
 */
public class ReporterSafeJsonProblems {

    private static final ProblemMappers PLATFORM = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrapped(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformed(parse, uri);
            }
        }
        return PLATFORM.web(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response malformed(JsonParseException e, UriInfo uri) {
        String pointer = e.getProcessor() == null
                ? ""
                : e.getProcessor().getParsingContext().pathAsPointer().toString();
        return Problems.response(
                400,
                "malformed-json",
                "Malformed JSON",
                "The body is not well-formed JSON, or has a key twice, or text after the document.",
                uri,
                List.of(new Problem.FieldError(
                        pointer.isEmpty() ? "/" : pointer,
                        "not well-formed JSON here (what was sent is not repeated)")));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        // the platform's own refusals (control characters, dates out of range) state a rule, never the value
        boolean rule = e instanceof vn.customs.platform.http.StrictJson.RefusedValue;
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return Problems.response(
                400,
                "validation",
                "Invalid request",
                "A field has the wrong type or format.",
                uri,
                List.of(new Problem.FieldError(pointer(e), rule ? e.getOriginalMessage() : "expected " + expected)));
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            pointer.append(
                    reference.getFieldName() != null
                            ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                            : String.valueOf(reference.getIndex()));
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type.isEnum()) {
            return "value (one of " + List.of(type.getEnumConstants()) + ")";
        }
        if (type == String.class) {
            return "string";
        }
        return type.getName().startsWith("java.time.") ? type.getSimpleName() + " (ISO-8601)" : "value";
    }
}
