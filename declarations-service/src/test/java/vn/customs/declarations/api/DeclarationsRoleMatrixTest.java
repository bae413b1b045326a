package vn.customs.declarations.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.testkit.RoleMatrix;
import vn.customs.testkit.TestTokens;

/** Every endpoint against every role and no token. */
@QuarkusTest
class DeclarationsRoleMatrixTest {

    private static final String ID = UUID.randomUUID().toString();
    private static final String[] READERS = {"DECLARANT", "OFFICER", "UNIT_HEAD", "AUDITOR"};

    record Endpoint(String method, String path, String... allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", "/api/v1/declarations", "DECLARANT"),
                new Endpoint("POST", "/api/v1/declarations/dry-run", "DECLARANT"),
                new Endpoint("GET", "/api/v1/declarations", READERS),
                new Endpoint("GET", "/api/v1/declarations/" + ID, READERS),
                new Endpoint("GET", "/api/v1/declarations/" + ID + "/history", READERS),
                new Endpoint("GET", "/api/v1/declarations/" + ID + "/clock", READERS),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/cancellation-request", "DECLARANT"),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/documents", "DECLARANT"),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/amendments", "DECLARANT"),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/goods-presentation", "DECLARANT"),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/inspection-extension", "OFFICER"),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/inspection-extension/approval", "OFFICER"),
                new Endpoint("GET", "/api/v1/declarations/" + ID + "/versions/1", READERS),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/steps", "OFFICER"),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/reassignment", "UNIT_HEAD"),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/channel-override", "OFFICER"),
                new Endpoint("POST", "/api/v1/declarations/" + ID + "/channel-override/approval", "OFFICER"),
                new Endpoint("GET", "/api/v1/work-queue", "OFFICER", "UNIT_HEAD"),
                new Endpoint("GET", "/api/v1/statistics", "DASHBOARD", "AUDITOR", "UNIT_HEAD"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void onlyTheRolesThatNeedAnEndpointMayCallIt(Endpoint endpoint) {
        RoleMatrix matrix =
                RoleMatrix.endpoint(endpoint.method(), endpoint.path()).allows(endpoint.allowed());
        if (endpoint.method().equals("POST")) {
            matrix.body("{}");
        }
        matrix.check();
    }

    /** The public endpoints: no token and every role get past the role check. */
    static List<String> publicEndpoints() {
        return List.of("/api/v1/public-figures");
    }

    @ParameterizedTest
    @MethodSource("publicEndpoints")
    void everyoneMayCallAPublicEndpoint(String path) {
        given().get(path).then().statusCode(200);
        for (String role : RoleMatrix.ROLES) {
            TestTokens.as(role).get(path).then().statusCode(200);
        }
    }
}
