package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A business files an anonymous report and follows it with the receipt alone; wrong and unknown receipts get the
 * same answer; guessing at one report locks it out for a while; the proof of report verifies, and a tampered one not.
 */
@QuarkusTest
class AnonymousReportTest {

    @Test
    void aReportIsFiledWithoutAnAccountAndFollowedWithTheReceiptAlone() {
        String gate = ReportsWorld.openGate(false);
        Response filed = given().contentType(ContentType.JSON)
                .body(ReportsWorld.anonymousReport(gate))
                .post("/api/v1/reports");
        filed.then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("receipt", matchesPattern("^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$"))
                .body("status", equalTo("RECEIVED"))
                .body("proof.reportId", equalTo(filed.jsonPath().getString("reportId")));
        String receipt = filed.jsonPath().getString("receipt");

        ReportsWorld.reporter(receipt)
                .get("/api/v1/report-follow-up")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("unitCode", equalTo(gate))
                .body("messages", hasSize(0));
        // typed as a person would: lower case, spaces instead of dashes
        ReportsWorld.reporter(receipt.toLowerCase().replace('-', ' '))
                .get("/api/v1/report-follow-up")
                .then()
                .statusCode(200);
    }

    @Test
    void theProofOfReportVerifiesAndATamperedOneDoesNot() {
        String gate = ReportsWorld.openGate(false);
        JsonPath proof = ReportsWorld.fileAnonymous(gate)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        Map<String, Object> statement = proof.getMap("proof");
        given().contentType(ContentType.JSON)
                .body(statement)
                .post("/api/v1/report-proofs/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));

        Map<String, Object> tampered = new java.util.HashMap<>(statement);
        tampered.put("receivedAt", "2026-01-01T00:00:00Z");
        given().contentType(ContentType.JSON)
                .body(tampered)
                .post("/api/v1/report-proofs/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false));

        given().get("/api/v1/report-proofs/keys")
                .then()
                .statusCode(200)
                .body(statement.get("keyId").toString(), matchesPattern("(?s)-----BEGIN PUBLIC KEY-----.*"));
    }

    @Test
    void wrongUnknownAndMalformedReceiptsGetTheSameAnswer() {
        String gate = ReportsWorld.openGate(false);
        String receipt = ReportsWorld.file(ReportsWorld.anonymousReport(gate)).receipt();
        // the right lookup part with a wrong secret, an unknown lookup part, and something that is no receipt
        String wrong = receipt.substring(0, 10) + (receipt.charAt(10) == 'A' ? 'B' : 'A') + receipt.substring(11);
        String unknown = "ZZZZ-ZZZZ" + receipt.substring(9);
        Map<String, Object> wrongAnswer = refusal(wrong);
        Map<String, Object> unknownAnswer = refusal(unknown);
        Map<String, Object> malformedAnswer = refusal("not a receipt");
        assertEquals(wrongAnswer, unknownAnswer);
        assertEquals(wrongAnswer, malformedAnswer);
        assertEquals(404, wrongAnswer.get("status"));
        assertFalse(wrongAnswer.toString().contains(gate), "a refusal says nothing of the report");
    }

    @Test
    void guessingAtOneReportLocksItOutAndLeavesOthersAlone() {
        String gate = ReportsWorld.openGate(false);
        String receipt = ReportsWorld.file(ReportsWorld.anonymousReport(gate)).receipt();
        String other = ReportsWorld.file(ReportsWorld.anonymousReport(gate)).receipt();
        String wrong = receipt.substring(0, 10) + (receipt.charAt(10) == 'A' ? 'B' : 'A') + receipt.substring(11);
        for (int i = 0; i < 5; i++) {
            ReportsWorld.reporter(wrong).get("/api/v1/report-follow-up").then().statusCode(404);
        }
        Response locked = ReportsWorld.reporter(wrong).get("/api/v1/report-follow-up");
        locked.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("too-many-attempts"));
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertNotEquals(0, retryAfter);
        // while locked, even the right receipt waits: a guesser cannot tell when he found it
        ReportsWorld.reporter(receipt).get("/api/v1/report-follow-up").then().statusCode(429);
        ReportsWorld.reporter(other).get("/api/v1/report-follow-up").then().statusCode(200);
    }

    @Test
    void theReporterReadsOnlyWhatIsMeantForHimAndAnswers() {
        String gate = ReportsWorld.openGate(false);
        ReportsWorld.Filed filed = ReportsWorld.file(ReportsWorld.anonymousReport(gate));
        UUID handler = UUID.randomUUID();
        ReportsWorld.handler(handler)
                .body("{\"visibility\": \"INTERNAL\", \"text\": \"Check the camera at counter 2.\"}")
                .post("/api/v1/reports/" + filed.id() + "/messages")
                .then()
                .statusCode(201);
        ReportsWorld.handler(handler)
                .body("{\"visibility\": \"REPORTER_VISIBLE\", \"text\": \"What was the truck's plate?\"}")
                .post("/api/v1/reports/" + filed.id() + "/messages")
                .then()
                .statusCode(201);

        ReportsWorld.reporter(filed.receipt())
                .body("{\"text\": \"12C-345.67\"}")
                .post("/api/v1/report-follow-up/messages")
                .then()
                .statusCode(200)
                .body("messages", hasSize(2))
                .body("messages[0].from", equalTo("HANDLER"))
                .body("messages[0].text", equalTo("What was the truck's plate?"))
                .body("messages[1].from", equalTo("REPORTER"));

        ReportsWorld.handler(handler)
                .get("/api/v1/reports/" + filed.id() + "/messages")
                .then()
                .statusCode(200)
                .body("visibility", org.hamcrest.Matchers.contains("INTERNAL", "REPORTER_VISIBLE", "REPORTER_VISIBLE"))
                .body("[2].text", equalTo("12C-345.67"));
    }

    @Test
    void evidenceAddedWithTheReceiptLosesItsMetadata() throws Exception {
        String gate = ReportsWorld.openGate(false);
        ReportsWorld.Filed filed = ReportsWorld.file(ReportsWorld.anonymousReport(gate));
        byte[] png = pngWithText("GPS", "21.8537 N 106.7615 E");
        given().header("Report-Receipt", filed.receipt())
                .contentType("image/png")
                .body(png)
                .post("/api/v1/report-follow-up/evidence")
                .then()
                .statusCode(200)
                .body("mediaType", equalTo("image/png"))
                .body("metadataRemoved", equalTo(true));
        byte[] stored = ReportsWorld.handler(UUID.randomUUID())
                .get("/api/v1/reports/" + filed.id() + "/evidence")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .asByteArray();
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains("106.7615"));
    }

    private static Map<String, Object> refusal(String receipt) {
        Response answer = ReportsWorld.reporter(receipt).get("/api/v1/report-follow-up");
        answer.then().statusCode(404).contentType("application/problem+json");
        Map<String, Object> body = new java.util.HashMap<>(answer.jsonPath().getMap(""));
        // what differs from one request to another by design: where and under which correlation id it was asked
        body.remove("instance");
        body.remove("correlationId");
        return body;
    }

    /** A 1×1 PNG carrying a text chunk, as a camera app would write a location. */
    static byte[] pngWithText(String key, String value) throws Exception {
        var image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        byte[] plain = out.toByteArray();
        byte[] data = (key + "\0" + value).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length)
                .put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put(data);
        var crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        // after the signature (8) and IHDR (25)
        var result = new java.io.ByteArrayOutputStream();
        result.write(plain, 0, 33);
        result.write(chunk.array());
        result.write(plain, 33, plain.length - 33);
        return result.toByteArray();
    }
}
