package vn.customs.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.DomainException;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.StaleVersionException;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.persistence.DatabaseFailures;

/**
 * Turns every exception a request can end in into an RFC 9457 problem document, the same in all four services.
 * Nothing internal (class names, stack traces, SQL) ever reaches the caller; a 500 carries the correlation id
 * under which the details were logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domainRule(DomainException e, UriInfo uri) {
        if (e instanceof StaleVersionException) {
            return Problems.response(
                    412,
                    e.code(),
                    titleFor(412),
                    e.getMessage(),
                    uri,
                    List.of(Problem.FieldError.parameter(
                            Preconditions.IF_MATCH,
                            "stale: current ETag is \"" + ((StaleVersionException) e).currentVersion() + "\"")));
        }
        int status = e instanceof IllegalTransitionException
                ? 409
                : e instanceof UnknownObjectException ? 404 : e instanceof AccessRefusedException ? 403 : 422;
        return Problems.response(status, e.code(), titleFor(status), e.getMessage(), uri);
    }

    /** No token, or one that is not valid: expired, signed by another key, another issuer or audience, alg none. */
    @ServerExceptionMapper({
        io.quarkus.security.UnauthorizedException.class,
        io.quarkus.security.AuthenticationFailedException.class
    })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = Problems.response(
                401, "unauthorized", "Unauthorized", "Send a valid bearer token (Authorization: Bearer ...).", uri);
        return Response.fromResponse(problem)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "forbidden", "Forbidden", "Your role does not allow this.", uri);
    }

    /** A request the HTTP layer refuses for a reason it states: bad query parameters, preconditions. */
    @ServerExceptionMapper
    public Response requestProblem(RequestProblemException e, UriInfo uri) {
        Response response = Problems.response(
                e.status(),
                e.code(),
                titleFor(e.status()),
                e.getMessage(),
                uri,
                e.errors().isEmpty() ? null : e.errors());
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(pointer(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::pointer))
                .collect(Collectors.toList());
        return Problems.response(
                400,
                "validation",
                "Invalid request",
                "The request has " + errors.size() + " invalid field(s).",
                uri,
                errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return Problems.response(
                400,
                "validation",
                "Invalid request",
                "Unknown field '" + e.getPropertyName() + "'.",
                uri,
                List.of(new Problem.FieldError(pointer(e), "unknown field")));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return malformed(e, uri); // a second document, or other text, after the body
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        String message = e instanceof StrictJson.RefusedValue
                ? e.getOriginalMessage()
                // the refused value is not repeated: the caller has it, and a body may carry what must not be
                // echoed into answers and logs (a reporter's name sent in the wrong field)
                : e instanceof InvalidFormatException ? "not a valid " + expected : "expected " + expected;
        return Problems.response(
                400,
                "validation",
                "Invalid request",
                "A field has the wrong type or format.",
                uri,
                List.of(new Problem.FieldError(pointer(e), message)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    /** 404, 405, 406, 415, malformed JSON and every other status a resource or the runtime raises. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (hasCause(e, JsonProcessingException.class)) {
            JsonProcessingException json = cause(e, JsonProcessingException.class);
            return json instanceof MismatchedInputException
                    ? wrongType((MismatchedInputException) json, uri)
                    : malformed(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response response;
        if (e instanceof NotFoundException) {
            response =
                    Problems.response(404, "not-found", "Not found", "There is nothing at " + uri.getPath() + ".", uri);
        } else if (e instanceof NotAllowedException) {
            java.util.Set<String> allowed = e.getResponse().getAllowedMethods().isEmpty()
                    ? AllowedMethods.of()
                    : e.getResponse().getAllowedMethods();
            response = Problems.response(
                    405,
                    "method-not-allowed",
                    "Method not allowed",
                    "Allowed here: " + String.join(", ", allowed) + ".",
                    uri);
            return Response.fromResponse(response).allow(allowed).build();
        } else if (e instanceof NotSupportedException) {
            response = Problems.response(
                    415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json.", uri);
        } else if (e instanceof NotAcceptableException) {
            response = Problems.response(
                    406,
                    "not-acceptable",
                    "Not acceptable",
                    "This resource answers in application/json (errors in application/problem+json).",
                    uri);
        } else if (status >= 500) {
            return unexpected(e, uri);
        } else {
            response = Problems.response(status, "http-" + status, titleFor(status), safeMessage(e, status), uri);
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isRace(e)) {
            return race(e, uri);
        }
        if (DatabaseFailures.isTransient(e)) {
            LOG.warnf(
                    "Database unavailable on %s (correlation id %s): %s",
                    uri.getPath(), CorrelationId.current().orElse("none"), DatabaseFailures.describe(e));
            return Response.fromResponse(Problems.response(
                            503,
                            "database-unavailable",
                            "Service unavailable",
                            "The database is briefly unavailable; nothing was changed. Retry in a few seconds.",
                            uri))
                    .header("Retry-After", "5")
                    .build();
        }
        String correlationId = CorrelationId.current().orElse("none");
        LOG.errorf(e, "Unexpected error on %s (correlation id %s)", uri.getPath(), correlationId);
        return Problems.response(
                500,
                "internal-error",
                "Internal error",
                "Something went wrong on our side. Quote correlation id " + correlationId + " when reporting it.",
                uri);
    }

    /**
     * Two requests raced for the same row: a unique constraint refused the second, or PostgreSQL refused one of two
     * serializable or deadlocked transactions. The loser's transaction rolled back whole, so nothing of it is kept.
     */
    private static Response race(Throwable e, UriInfo uri) {
        boolean duplicate = DatabaseFailures.sqlState(e)
                .filter(DatabaseFailures.UNIQUE_VIOLATION::equals)
                .isPresent();
        LOG.infof("Race on %s: %s", uri.getPath(), DatabaseFailures.describe(e));
        return duplicate
                ? Problems.response(
                        409,
                        "already-exists",
                        "Conflict",
                        "A concurrent request created the same object first; nothing of this request was kept."
                                + " Read the object, then retry if it is still needed.",
                        uri)
                : concurrentChange(uri);
    }

    /**
     * Not well-formed JSON, a duplicate key or text after the document: where the parser stopped is the pointer (the
     * duplicate key itself), and the parser's own words, without the source excerpt, are the message.
     */
    private static Response malformed(JsonProcessingException e, UriInfo uri) {
        String pointer = e instanceof StreamReadException && ((StreamReadException) e).getProcessor() != null
                ? ((StreamReadException) e)
                        .getProcessor()
                        .getParsingContext()
                        .pathAsPointer()
                        .toString()
                : "";
        return Problems.response(
                400,
                "malformed-json",
                "Malformed JSON",
                "The body is not well-formed JSON, or has a key twice, or text after the document.",
                uri,
                List.of(new Problem.FieldError(
                        pointer.isEmpty() ? "/" : pointer, withoutExcerpts(e.getOriginalMessage()))));
    }

    /**
     * The parser's words without what it quotes from the body ("Unrecognized token 'Nguyễn'"): the caller has his body,
     * and what a body holds (a reporter's name) must not be echoed into answers and logs. The pointer says where.
     */
    static String withoutExcerpts(String message) {
        return message == null ? null : message.replaceAll("'[^']*'", "'…'");
    }

    private static Response concurrentChange(UriInfo uri) {
        return Problems.response(
                409,
                "concurrent-change",
                "Conflict",
                "Someone else changed this object at the same time; read it again and retry.",
                uri);
    }

    private static String safeMessage(WebApplicationException e, int status) {
        // Messages of exceptions we raise ourselves are written for callers; the runtime's are generic.
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ") ? titleFor(status) + "." : message;
    }

    static String titleFor(int status) {
        switch (status) {
            case 422:
                return "Unprocessable content";
            case 428:
                return "Precondition required";
            default:
                Response.Status known = Response.Status.fromStatusCode(status);
                return known != null ? known.getReasonPhrase() : "Error " + status;
        }
    }

    /** {@code /items/3/hsCode} for a Jackson path through fields and array indexes. */
    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            pointer.append(
                    reference.getFieldName() != null
                            ? escape(reference.getFieldName())
                            : String.valueOf(reference.getIndex()));
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    /**
     * {@code /items/3/hsCode} for a bean-validation path such as {@code submit.request.items[3].hsCode}: the
     * method and parameter nodes are dropped, since the body is the document the pointer points into.
     */
    private static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD:
                case CONSTRUCTOR:
                case PARAMETER:
                case RETURN_VALUE:
                case CROSS_PARAMETER:
                    continue;
                default:
                    if (node.getIndex() != null) {
                        pointer.append('/').append(node.getIndex());
                    } else if (node.getKey() != null) {
                        pointer.append('/').append(escape(String.valueOf(node.getKey())));
                    }
                    // a list element's node is named "<list element>": only its index belongs in the pointer
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        pointer.append('/').append(escape(node.getName()));
                    }
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class || type.isEnum()) {
            return type.isEnum() ? "value (one of " + List.of(type.getEnumConstants()) + ")" : "string";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "array";
        }
        return type.getName().startsWith("java.time.") ? type.getSimpleName() + " (ISO-8601)" : "object";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
