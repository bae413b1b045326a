package vn.customs.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens to every HTTP request before any resource sees it, and to failures the JAX-RS layer never sees:
 * the correlation id is taken or made, logged and returned; a body over the limit is refused with a problem
 * document instead of the server's bare 413.
 */
@ApplicationScoped
public class HttpEdge {

    private final long maxBodyBytes;

    HttpEdge(@ConfigProperty(name = "customs.http.max-body-bytes", defaultValue = "4194304") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::beginRequest);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answerLowLevelFailure);
    }

    private void beginRequest(RoutingContext context) {
        String id = CorrelationId.acceptOrGenerate(context.request().getHeader(CorrelationId.HEADER));
        CorrelationId.set(id);
        // Downstream code (resources, the outbox) reads the same id from the request or the MDC.
        context.request().headers().set(CorrelationId.HEADER, id);
        context.response().putHeader(CorrelationId.HEADER, id);
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
        context.next();
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
            context.next();
        }
    }

    private static void writeProblem(RoutingContext context, int status, String code, String title, String detail) {
        Problem problem = new Problem(
                Problem.type(code),
                title,
                status,
                detail,
                context.request().path(),
                CorrelationId.current().orElse(null),
                List.<Problem.FieldError>of());
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(ProblemJson.write(problem));
    }
}
