package vn.customs.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestRun;

/** ETag and If-Match guard updates; keyset pages walk a list without gaps or repeats. */
@QuarkusTest
class ConcurrencyAndPagingTest {

    private static final String NOTES = "/api/v1/test-notes";

    @Test
    void anUpdateWithoutIfMatchGets428AndAStaleOneGets412() {
        int id = given().contentType("application/json")
                .body(Map.of("text", "first"))
                .post(NOTES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag =
                given().get(NOTES + "/" + id).then().statusCode(200).extract().header("ETag");

        given().contentType("application/json")
                .body(Map.of("text", "no precondition"))
                .put(NOTES + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("If-Match"));

        String newEtag = given().contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("text", "second"))
                .put(NOTES + "/" + id)
                .then()
                .statusCode(200)
                .body("text", equalTo("second"))
                .extract()
                .header("ETag");
        assertNotEquals(etag, newEtag, "a change gives a new ETag");

        given().contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("text", "lost update"))
                .put(NOTES + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "precondition-failed"));
        given().get(NOTES + "/" + id).then().body("text", equalTo("second"));
    }

    @Test
    void ifMatchComparesStronglyAndRefusesWhatIsNotAnEntityTag() {
        long id = given().contentType("application/json")
                .body(Map.of("text", "first"))
                .post(NOTES)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String etag = given().get(NOTES + "/" + id).then().extract().header("ETag");
        String bare = etag.replace("\"", "");

        given().contentType("application/json")
                .header("If-Match", "W/" + etag)
                .body(Map.of("text", "weak"))
                .put(NOTES + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .header("If-Match", bare)
                .body(Map.of("text", "unquoted"))
                .put(NOTES + "/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("If-Match"));
        given().get(NOTES + "/" + id).then().body("text", equalTo("first"));

        given().contentType("application/json")
                .header("If-Match", "\"999\", " + etag)
                .body(Map.of("text", "listed"))
                .put(NOTES + "/" + id)
                .then()
                .statusCode(200)
                .body("text", equalTo("listed"));
    }

    @Test
    void pagesFollowNextLinksThroughTheWholeListInOrder() {
        String prefix = "page-" + TestRun.id() + "-";
        for (int i = 1; i <= 5; i++) {
            given().contentType("application/json")
                    .body(Map.of("text", prefix + i))
                    .post(NOTES)
                    .then()
                    .statusCode(201);
        }

        String next = given().queryParam("prefix", prefix)
                .queryParam("limit", 2)
                .header("Host", "attacker.example") // a spoofed Host never reaches the links
                .get(NOTES)
                .then()
                .statusCode(200)
                .body("items.text", contains(prefix + 1, prefix + 2))
                .body("next", startsWith(NOTES + "?"))
                .extract()
                .path("next");
        next = given().get(next)
                .then()
                .body("items.text", contains(prefix + 3, prefix + 4))
                .extract()
                .path("next");
        given().get(next).then().body("items.text", contains(prefix + 5)).body("next", nullValue());
    }

    @Test
    void aBadLimitOrCursorGets400NamingTheParameter() {
        given().queryParam("limit", 201)
                .get(NOTES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("limit"));
        given().queryParam("limit", "many").get(NOTES).then().statusCode(400);
        given().queryParam("cursor", "forged!")
                .get(NOTES)
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
    }
}
