package vn.customs.declarations.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.customs.declarations.application.LrnTakenException;
import vn.customs.declarations.application.NotYourEnterpriseException;
import vn.customs.declarations.application.RegistrationRefusedException;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.Problems;

/** The service's own domain refusals as problem+json, with the JSON pointer of the field at fault. */
public class DeclarationProblems {

    @ServerExceptionMapper
    public Response lrnTaken(LrnTakenException e, UriInfo uri) {
        return Problems.response(
                409, e.code(), "Conflict", e.getMessage(), uri, List.of(new Problem.FieldError("/lrn", "taken")));
    }

    @ServerExceptionMapper
    public Response notYourEnterprise(NotYourEnterpriseException e, UriInfo uri) {
        return Problems.response(
                403,
                e.code(),
                "Forbidden",
                e.getMessage(),
                uri,
                List.of(new Problem.FieldError(NotYourEnterpriseException.POINTER, "not the caller's enterprise")));
    }

    @ServerExceptionMapper
    public Response registrationRefused(RegistrationRefusedException e, UriInfo uri) {
        return Problems.response(
                422,
                e.code(),
                "Unprocessable content",
                e.getMessage(),
                uri,
                e.problems().stream()
                        .map(problem -> new Problem.FieldError(problem.pointer(), problem.message()))
                        .toList());
    }
}
