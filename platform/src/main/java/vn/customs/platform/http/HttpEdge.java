package vn.customs.platform.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What happens to every HTTP request before any resource sees it, and to failures the JAX-RS layer never sees:
 * the correlation id is taken or made, logged and returned; a body over the limit is refused with a problem
 * document instead of the server's bare 413.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    private final long maxBodyBytes;
    private final int maxUriLength;
    private final int maxHeaderBytes;

    HttpEdge(
            @ConfigProperty(name = "customs.http.max-body-bytes", defaultValue = "4194304") long maxBodyBytes,
            @ConfigProperty(name = "customs.http.max-uri-length", defaultValue = "4096") int maxUriLength,
            @ConfigProperty(name = "customs.http.max-header-bytes", defaultValue = "20480") int maxHeaderBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::beginRequest);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answerLowLevelFailure);
        // A chunked body has no Content-Length to check up front, and the REST layer answers one that grows past the
        // limit with a bare 413: read such bodies here, under the limit, so that the answer is a problem document.
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(context -> {
            if (context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                chunked.handle(context);
            } else {
                context.next();
            }
        });
        // An empty chunked body leaves no body behind, and the REST layer then waits for one that will never come.
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(context -> {
            if (context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                    && context.body().buffer() == null) {
                context.setBody(Buffer.buffer());
            }
            context.next();
        });
    }

    private void beginRequest(RoutingContext context) {
        String id = CorrelationId.acceptOrGenerate(context.request().getHeader(CorrelationId.HEADER));
        CorrelationId.set(id);
        // Downstream code (resources, the outbox) reads the same id from the request or the MDC.
        context.request().headers().set(CorrelationId.HEADER, id);
        context.response().putHeader(CorrelationId.HEADER, id);
        if (context.request().uri().length() > maxUriLength) {
            writeProblem(
                    context,
                    414,
                    "uri-too-long",
                    "URI too long",
                    "The request's path and query have "
                            + context.request().uri().length() + " characters; at most " + maxUriLength
                            + " are accepted.");
            return;
        }
        int headerBytes = headerBytes(context);
        if (headerBytes > maxHeaderBytes) {
            writeProblem(
                    context,
                    431,
                    "headers-too-large",
                    "Request header fields too large",
                    "The headers have " + headerBytes + " bytes; at most " + maxHeaderBytes + " are accepted.");
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            writeProblem(
                    context,
                    413,
                    "payload-too-large",
                    "Request body too large",
                    "The body has " + length + " bytes; at most " + maxBodyBytes + " are accepted.");
            return;
        }
        Optional<Problem.FieldError> unreadable = unreadableAddress(context);
        if (unreadable.isPresent()) {
            writeProblem(
                    context,
                    400,
                    "validation",
                    "Invalid request",
                    "The request's path or query cannot be read as it is.",
                    List.of(unreadable.get()));
            return;
        }
        if (hasBody(context) && context.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            refuseUntypedBody(context);
            return;
        }
        context.next();
    }

    /** Without a Content-Type nothing says the body is JSON; guessing would accept what the caller never said. */
    private static void refuseUntypedBody(RoutingContext context) {
        writeProblem(
                context,
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "Say what the body is: Content-Type: application/json.",
                List.of(Problem.FieldError.parameter("Content-Type", "required with a body")));
    }

    /**
     * A control character (NUL above all, which PostgreSQL cannot store) in the decoded path or a query parameter:
     * refused here, before any resource or database sees it. (Malformed percent-encoding is answered by the HTTP
     * server before this handler runs; the catch below only guards the decoding.)
     */
    private static Optional<Problem.FieldError> unreadableAddress(RoutingContext context) {
        String path = context.request().path();
        try {
            String decodedPath = QueryStringDecoder.decodeComponent(path == null ? "" : path);
            int forbidden = StrictJson.forbiddenCharacter(decodedPath);
            if (forbidden >= 0) {
                return Optional.of(
                        Problem.FieldError.parameter("path", StrictJson.describeForbidden(decodedPath, forbidden)));
            }
            String query = context.request().query();
            if (query == null) {
                return Optional.empty();
            }
            for (Map.Entry<String, List<String>> parameter :
                    new QueryStringDecoder(query, false).parameters().entrySet()) {
                for (String text : Stream.concat(Stream.of(parameter.getKey()), parameter.getValue().stream())
                        .toList()) {
                    int at = StrictJson.forbiddenCharacter(text);
                    if (at >= 0) {
                        return Optional.of(Problem.FieldError.parameter(
                                StrictJson.forbiddenCharacter(parameter.getKey()) >= 0 ? "query" : parameter.getKey(),
                                StrictJson.describeForbidden(text, at)));
                    }
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.of(Problem.FieldError.parameter(
                    path != null && path.contains("%") && !isDecodable(path) ? "path" : "query",
                    "malformed percent-encoding (a % must be followed by two hex digits)"));
        }
    }

    private static boolean isDecodable(String text) {
        try {
            QueryStringDecoder.decodeComponent(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static int headerBytes(RoutingContext context) {
        int bytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A body that turned out too large while streaming, or a failure before JAX-RS: still a problem document. */
    private void answerLowLevelFailure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        if (status == 413) {
            writeProblem(
                    context,
                    413,
                    "payload-too-large",
                    "Request body too large",
                    "At most " + maxBodyBytes + " bytes are accepted.");
        } else if (status >= 400 && status < 500) {
            writeProblem(context, status, "bad-request", "Bad request", "The request could not be read.");
        } else {
            // A failure below the REST layer (a handler threw, a connection broke): still a problem document, with
            // the correlation id under which the cause is logged, and nothing internal in it.
            String correlationId = CorrelationId.current().orElse("none");
            LOG.errorf(
                    context.failure(),
                    "Unexpected failure on %s (correlation id %s)",
                    context.request().path(),
                    correlationId);
            writeProblem(
                    context,
                    500,
                    "internal-error",
                    "Internal error",
                    "Something went wrong on our side. Quote correlation id " + correlationId + " when reporting it.");
        }
    }

    private static void writeProblem(RoutingContext context, int status, String code, String title, String detail) {
        writeProblem(context, status, code, title, detail, List.of());
    }

    private static void writeProblem(
            RoutingContext context,
            int status,
            String code,
            String title,
            String detail,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(
                Problem.type(code),
                title,
                status,
                detail,
                context.request().path(),
                CorrelationId.current().orElse(null),
                errors.isEmpty() ? null : errors);
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                // the unread body of a refused request must not be taken for the next request on the connection
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(ProblemJson.write(problem));
    }
}
