package vn.customs.testkit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * Checks one endpoint against every role: the allowed roles get past the role check (any status but 401 and
 * 403), every other role gets 403, a call without a token 401, all as problem+json. A service's role-matrix test
 * lists its endpoints with their allowed roles: {@code RoleMatrix.endpoint("GET", "/api/v1/units").allows("PERSONNEL",
 * "AUDITOR").check()}.
 */
public final class RoleMatrix {

    /** Every role of the suite. */
    public static final List<String> ROLES = LocalTokenIssuer.ROLES;

    private final String method;
    private final String path;
    private String body;
    private Set<String> allowed = Set.of();

    private RoleMatrix(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static RoleMatrix endpoint(String method, String path) {
        return new RoleMatrix(method, path);
    }

    /** A JSON body to send (for POST, PUT, PATCH). */
    public RoleMatrix body(String json) {
        this.body = json;
        return this;
    }

    public RoleMatrix allows(String... roles) {
        this.allowed = Set.of(roles);
        return this;
    }

    /** Calls the endpoint once per role and once without a token; fails listing every wrong answer. */
    public void check() {
        List<String> wrong = new ArrayList<>();
        int anonymous = call(given()).statusCode();
        if (anonymous != 401) {
            wrong.add("no token: " + anonymous + " instead of 401");
        }
        for (String role : ROLES) {
            io.restassured.response.Response response =
                    call(TestTokens.as(role, "tax_id", "0101234567", "officer_id", "matrix-officer"));
            int status = response.statusCode();
            if (allowed.contains(role) && (status == 401 || status == 403)) {
                wrong.add(role + ": " + status + " but the role is allowed");
            } else if (!allowed.contains(role)) {
                if (status != 403) {
                    wrong.add(role + ": " + status + " instead of 403");
                } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    wrong.add(role + ": 403 without problem+json");
                }
            }
        }
        assertTrue(wrong.isEmpty(), method + " " + path + ":\n  " + String.join("\n  ", wrong));
    }

    private io.restassured.response.Response call(RequestSpecification request) {
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.request(method, path);
    }
}
