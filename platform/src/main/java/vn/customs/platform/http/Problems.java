package vn.customs.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem answers; resources use it for the 4xx they decide themselves (412, 428, ...). */
public final class Problems {

    private Problems() {}

    public static Response response(int status, String code, String title, String detail, UriInfo uri) {
        return response(status, code, title, detail, uri, null);
    }

    public static Response response(
            int status, String code, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem problem = new Problem(
                Problem.type(code),
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                CorrelationId.current().orElse(null),
                errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
