package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;

/**
 * A reporter's identity, seeded with a distinctive name, phone number, e-mail and tax id, is used the way the
 * service is used (filed, handled, asked for by custodians and read by one after a second approved, hostile requests
 * that carry it) and is then looked for everywhere the service writes: every table of its database dumped as text,
 * its log, every record of every topic on the broker, the change feed, the audit list, the metrics, and every
 * problem body. It is found nowhere: its only trace is the encrypted column.
 */
@QuarkusTest
class IdentitySweepTest {

    private static final String NAME = "Nguyễn Thị Bíchvân Testsweep";
    private static final String PHONE = "+84 912 000 111";
    private static final String EMAIL = "bichvan.testsweep@example.vn";
    private static final String TAX_ID = "0109998887";
    /** What to look for: each value, and the phone's digits however they are spaced. */
    private static final List<String> NEEDLES =
            List.of("Bíchvân", "Testsweep", "testsweep", "912 000 111", "912000111", TAX_ID);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReportersIdentityIsNowhereButItsEncryptedColumn() throws Exception {
        String gate = ReportsWorld.openGate(false);
        List<String> problems = new ArrayList<>();

        // filed, and refused in hostile forms that all carry the identity
        String identity = "{\"fullName\": \"" + NAME + "\", \"phone\": \"" + PHONE + "\", \"email\": \"" + EMAIL
                + "\", \"taxId\": \"" + TAX_ID + "\"}";
        String confidential = ReportsWorld.anonymousReport(gate)
                .replace(
                        "\"reporterMode\": \"ANONYMOUS\"",
                        "\"reporterMode\": \"CONFIDENTIAL\", \"identity\": " + identity);
        ReportsWorld.Filed filed = ReportsWorld.file(confidential);
        problems.add(refused(confidential.replace("\"CONFIDENTIAL\"", "\"ANONYMOUS\"")));
        problems.add(refused(confidential.replace(EMAIL, NAME)));
        problems.add(refused(confidential.replace("\"" + TAX_ID + "\"", "\"" + NAME + "\"")));
        problems.add(refused(confidential.replace("\"" + PHONE + "\"", "\"" + NAME + " " + PHONE + "\"")));
        problems.add(refused(confidential.replace("\"CONFIDENTIAL\"", "\"" + NAME + "\"")));
        problems.add(refused(confidential.replace("\"fullName\"", "\"fullName\": 1, \"name\"")));
        problems.add(refused(confidential.replace("\"kind\": \"DENUNCIATION\"", "\"kind\": \"" + PHONE + "\"")));
        problems.add(refused(confidential.replace(identity, "\"" + NAME + "\"")));
        problems.add(refused(confidential.substring(0, confidential.indexOf(TAX_ID) + 4)));

        // handled, with a pseudonym
        UUID handler = UUID.randomUUID();
        String pseudonym = ReportsWorld.handler(handler)
                .get("/api/v1/reports/" + filed.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("reporter");
        assertTrue(pseudonym.startsWith("Reporter "));
        ReportsWorld.act(handler, filed.id(), "/acceptance", "{\"complexity\": \"NORMAL\"}")
                .then()
                .statusCode(200);
        ReportsWorld.reporter(filed.receipt())
                .body("{\"text\": \"Anything else you need?\"}")
                .post("/api/v1/report-follow-up/messages")
                .then()
                .statusCode(200);

        // asked for by one custodian, approved by another, read by the first
        String requestId = TestTokens.asSubject("custodian-a", Roles.CUSTODIAN)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"The reporter asked to be heard as a witness.\"}")
                .post("/api/v1/reports/" + filed.id() + "/identity-requests")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        String etag = TestTokens.asSubject("custodian-b", Roles.CUSTODIAN)
                .get("/api/v1/identity-requests/" + requestId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        TestTokens.asSubject("custodian-b", Roles.CUSTODIAN)
                .header("If-Match", etag)
                .post("/api/v1/identity-requests/" + requestId + "/approval")
                .then()
                .statusCode(200);
        TestTokens.asSubject("custodian-a", Roles.CUSTODIAN)
                .get("/api/v1/identity-requests/" + requestId + "/identity")
                .then()
                .statusCode(200)
                .body("fullName", org.hamcrest.Matchers.equalTo(NAME));

        // the database: every row of every table, as text
        int tables = 0;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables"
                            + " WHERE table_type = 'BASE TABLE'"
                            + " AND table_schema NOT IN ('pg_catalog', 'information_schema')")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                tables++;
                try (ResultSet rows = statement.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (rows.next()) {
                        assertNowhere("table " + table, rows.getString(1));
                    }
                }
            }
            try (ResultSet sealed = statement.executeQuery(
                    "SELECT identity_ciphertext IS NOT NULL FROM reports WHERE id = '" + filed.id() + "'")) {
                assertTrue(sealed.next() && sealed.getBoolean(1), "the identity is kept, encrypted");
            }
        }
        assertTrue(tables >= 10, "every table was read: " + tables);

        // the broker: every record of every topic, keys, values and headers
        int records = 0;
        for (String topic : topics()) {
            for (ConsumerRecord<String, String> record : TopicReader.readAll(ReportsWorld.bootstrap(), topic)) {
                records++;
                StringBuilder all = new StringBuilder(String.valueOf(record.key())).append(record.value());
                record.headers().forEach(h -> all.append(new String(h.value(), StandardCharsets.UTF_8)));
                assertNowhere("topic " + topic, all.toString());
            }
        }
        assertTrue(records > 0);

        // the change feed, the audit list, the metrics
        assertNowhere("change feed", allPages(Roles.AUDITOR, "/api/v1/events"));
        assertNowhere("audit entries", allPages(Roles.AUDITOR, "/api/v1/audit-entries"));
        assertNowhere("metrics", given().get("/q/metrics").asString());

        // the problems answered to the hostile requests
        for (String problem : problems) {
            assertNowhere("problem body " + problem.substring(0, Math.min(400, problem.length())), problem);
        }

        // the service's log: every line written so far
        Path log = Path.of("target/hotline-service-test.log");
        String written = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(written.contains(filed.id().toString()) || written.length() > 1000, "the log was written");
        assertNowhere("service log", written);
    }

    private static String refused(String body) {
        Response answer = given().contentType(ContentType.JSON).body(body).post("/api/v1/reports");
        int status = answer.statusCode();
        assertTrue(status >= 400 && status < 500, "a hostile filing gets a 4xx, not " + status);
        assertEquals("application/problem+json", answer.contentType().split(";")[0]);
        return answer.asString();
    }

    /** Every page of a list or feed, following next until a page is empty (a feed's next is always there). */
    private static String allPages(String role, String path) {
        StringBuilder all = new StringBuilder();
        String next = path + "?limit=200";
        for (int page = 0; next != null && page < 500; page++) {
            Response answer = TestTokens.as(role).get(next);
            answer.then().statusCode(200);
            all.append(answer.asString());
            if (answer.jsonPath().getList("items").isEmpty()) {
                break;
            }
            next = answer.jsonPath().getString("next");
        }
        return all.toString();
    }

    private static List<String> topics() throws Exception {
        try (Admin admin =
                Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ReportsWorld.bootstrap()))) {
            return new ArrayList<>(admin.listTopics().names().get());
        }
    }

    private static void assertNowhere(String where, String text) {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String needle : NEEDLES) {
            assertFalse(lower.contains(needle.toLowerCase(Locale.ROOT)), where + " holds the reporter's " + needle);
        }
    }
}
