package vn.customs.hotline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.application.AddEvidence;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.DayCount;
import vn.customs.hotline.domain.clock.KindTerms;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.evidence.EvidenceSamples;
import vn.customs.hotline.domain.evidence.EvidenceView;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.NonAcceptanceReason;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.testkit.TestTokens;

/** Handlers add evidence to a report, list it and download it cleaned; nobody else reads it. */
@QuarkusTest
class EvidenceApiTest {

    private static final String HANDLER = "handler-evidence-1";

    @Inject
    ReportRepository reports;

    @Inject
    AddEvidence addEvidence;

    @Inject
    EntityManager entityManager;

    @Test
    void aHandlerAddsAPhotoAndDownloadsItWithoutItsExif() throws Exception {
        UUID report = receiveReport();
        byte[] photo = EvidenceSamples.jpegWithExif();

        Response added = asHandler()
                .contentType("application/pdf") // what is declared plays no part
                .body(photo)
                .post(evidenceOf(report));
        added.then()
                .statusCode(201)
                .header("Location", endsWithPath(report, added.path("id")))
                .body("mediaType", equalTo("image/jpeg"))
                .body("source", equalTo("HANDLER"))
                .body("addedBy", equalTo(HANDLER))
                .body("metadataRemoved", equalTo(true))
                .body("sizeBytes", equalTo(EvidenceSamples.plainJpeg().length));

        asHandler()
                .get(evidenceOf(report))
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(added.path("id")))
                .body("items[0].sha256", equalTo(added.path("sha256")))
                .body("maxItems", equalTo(20));

        Response download = asHandler().get(added.header("Location"));
        download.then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("Content-Disposition", startsWith("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        byte[] stored = download.asByteArray();
        assertArrayEquals(EvidenceSamples.plainJpeg(), stored);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(EvidenceSamples.CAMERA_MODEL));
        assertEquals(16, ImageIO.read(new ByteArrayInputStream(stored)).getWidth());
        assertEquals(sha256(stored), added.path("sha256"));
        Object[] read = (Object[]) entityManager
                .createNativeQuery("SELECT subject, details FROM platform_audit_entry WHERE action = 'read-evidence'"
                        + " AND object_id = ?1")
                .setParameter(1, report.toString())
                .getSingleResult();
        assertEquals(HANDLER, read[0]);
        assertTrue(read[1].toString().contains(added.path("id").toString()), read[1].toString());
    }

    @Test
    void textAndPdfAreAcceptedAsWhatTheyAreAndAnExecutableIsRefused() {
        UUID report = receiveReport();
        asHandler()
                .contentType("application/octet-stream")
                .body("Quầy 2: vé xếp hàng số 42".getBytes(StandardCharsets.UTF_8))
                .post(evidenceOf(report))
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("text/plain; charset=UTF-8"));
        asHandler()
                .contentType("image/png")
                .body("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))
                .post(evidenceOf(report))
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("metadataRemoved", equalTo(false));
        asHandler()
                .contentType("image/jpeg")
                .body(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0})
                .post(evidenceOf(report))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/evidence-type-refused"))
                .body("detail", containsString("an executable"));
        asHandler()
                .contentType("image/jpeg")
                .body(java.util.Arrays.copyOf(EvidenceSamples.plainJpeg(), 100))
                .post(evidenceOf(report))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/evidence-malformed"));
        asHandler().get(evidenceOf(report)).then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void anUploadRepeatedWithItsIdempotencyKeyIsStoredOnce() {
        UUID report = receiveReport();
        String key = "evidence-" + TimeOrderedIds.next();
        byte[] photo = EvidenceSamples.jpegWithExif();
        String first = asHandler()
                .header("Idempotency-Key", key)
                .contentType("image/jpeg")
                .body(photo)
                .post(evidenceOf(report))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asHandler()
                .header("Idempotency-Key", key)
                .contentType("image/jpeg")
                .body(photo)
                .post(evidenceOf(report))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        asHandler()
                .header("Idempotency-Key", key)
                .contentType("image/png")
                .body(EvidenceSamples.plainPng())
                .post(evidenceOf(report))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/idempotency-key-reused"));
        asHandler().get(evidenceOf(report)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void onlyHandlersReachEvidence() {
        UUID report = receiveReport();
        String location = asHandler()
                .contentType("text/plain")
                .body("note".getBytes(StandardCharsets.UTF_8))
                .post(evidenceOf(report))
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        for (String role : List.of("DECLARANT", "DASHBOARD", "CUSTODIAN")) {
            TestTokens.as(role).get(evidenceOf(report)).then().statusCode(403);
            TestTokens.as(role).get(location).then().statusCode(403);
            TestTokens.as(role)
                    .contentType("text/plain")
                    .body("note".getBytes(StandardCharsets.UTF_8))
                    .post(evidenceOf(report))
                    .then()
                    .statusCode(403);
        }
        given().get(evidenceOf(report)).then().statusCode(401);
        given().get(location).then().statusCode(401);
        given().contentType("text/plain")
                .body("note")
                .post(evidenceOf(report))
                .then()
                .statusCode(401);
    }

    @Test
    void anUnknownReportOrPieceIsNotFound() {
        UUID unknown = TimeOrderedIds.next();
        asHandler()
                .contentType("text/plain")
                .body("note".getBytes(StandardCharsets.UTF_8))
                .post(evidenceOf(unknown))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asHandler().get(evidenceOf(unknown)).then().statusCode(404);
        UUID report = receiveReport();
        asHandler().get(evidenceOf(report) + "/" + TimeOrderedIds.next()).then().statusCode(404);
        // a piece of another report is not found under this one
        UUID other = receiveReport();
        String elsewhere = asHandler()
                .contentType("text/plain")
                .body("note".getBytes(StandardCharsets.UTF_8))
                .post(evidenceOf(other))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asHandler().get(evidenceOf(report) + "/" + elsewhere).then().statusCode(404);
    }

    @Test
    void theReporterAddsThroughTheUseCaseAndIsNamedNowhere() {
        UUID report = receiveReport();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EvidenceView view = addEvidence.byReporter(report, EvidenceSamples.pngWithMetadata(), now);
        assertEquals("image/png", view.mediaType());
        assertTrue(view.metadataRemoved());

        asHandler()
                .get(evidenceOf(report))
                .then()
                .statusCode(200)
                .body("items[0].source", equalTo("REPORTER"))
                .body("items[0].addedBy", nullValue())
                .body("items[0].addedAt", equalTo(now.toString()));
        String details = (String) entityManager
                .createNativeQuery("SELECT details FROM platform_audit_entry WHERE action = 'add-evidence'"
                        + " AND object_id = ?1")
                .setParameter(1, report.toString())
                .getSingleResult();
        assertTrue(details.contains(view.id().toString()), details);
        assertTrue(details.contains("\"source\":\"REPORTER\""), details);
        assertFalse(details.contains(EvidenceSamples.GPS_COMMENT), details);
    }

    @Test
    void aReportThatIsOverTakesNoEvidenceAndOneTakesAtMostTwenty() {
        UUID refused = receiveReport();
        QuarkusTransaction.requiringNew()
                .run(() -> reports.find(refused)
                        .orElseThrow()
                        .refuse(NonAcceptanceReason.values()[0], null, Instant.now()));
        asHandler()
                .contentType("text/plain")
                .body("late".getBytes(StandardCharsets.UTF_8))
                .post(evidenceOf(refused))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://customs.example/problems/illegal-transition"));

        UUID full = receiveReport();
        for (int i = 0; i < 20; i++) {
            addEvidence.byHandler(full, HANDLER, ("note " + i).getBytes(StandardCharsets.UTF_8));
        }
        asHandler()
                .contentType("text/plain")
                .body("one more".getBytes(StandardCharsets.UTF_8))
                .post(evidenceOf(full))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/evidence-limit"));
    }

    private static io.restassured.specification.RequestSpecification asHandler() {
        return TestTokens.asSubject(HANDLER, "HOTLINE_HANDLER");
    }

    private static String evidenceOf(UUID report) {
        return "/api/v1/reports/" + report + "/evidence";
    }

    private static org.hamcrest.Matcher<String> endsWithPath(UUID report, String id) {
        return org.hamcrest.Matchers.endsWith(evidenceOf(report) + "/" + id);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A report received on the web form, stored through the repository (the intake use case is not needed here). */
    private UUID receiveReport() {
        UUID id = TimeOrderedIds.next();
        String lookup = id.toString().replace("-", "").substring(24).toUpperCase();
        Report.Intake intake = new Report.Intake(
                id,
                lookup,
                "test-hash",
                IntakeChannel.WEB,
                null,
                ReporterMode.ANONYMOUS,
                "Reporter-" + lookup,
                "0".repeat(64),
                false,
                null);
        ReportFacts facts = new ReportFacts(
                ReportKind.DENUNCIATION,
                ReportCategory.DELAY,
                new UnitCode("HUU_NGHI"),
                null,
                null,
                "the officer at counter 2",
                null,
                "Waited three hours at counter 2.");
        Map<ReportKind, KindTerms> terms = new EnumMap<>(ReportKind.class);
        for (ReportKind kind : ReportKind.values()) {
            terms.put(kind, new KindTerms(7, 7, DayCount.WORKING, 30, 60, 45, 60, DayCount.CALENDAR, 30, 1, 2));
        }
        ClockRuleVersion rules = new ClockRuleVersion(LocalDate.of(2018, 1, 1), false, false, 80, terms);
        TermCalendar calendar = new TermCalendar(WorkingCalendar.builder().build());
        Report report = Report.receive(intake, facts, Instant.now(), rules, calendar);
        QuarkusTransaction.requiringNew().run(() -> reports.add(report));
        return id;
    }
}
