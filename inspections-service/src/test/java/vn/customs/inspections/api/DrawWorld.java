package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.customs.platform.security.Roles;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * The world the draw's API tests act in: gates opened by staffing (real events on the broker) with codes unique to
 * the call, an inspection lead, and inspections on a draw's basis written straight into the inspections table (their
 * start needs a team from staffing's read models, which these tests do not build).
 */
final class DrawWorld {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String STAFFING = "customs.staffing.v1";
    static final String HOTLINE = "customs.hotline.v1";
    static final String DECLARATIONS = "customs.declarations.v1";
    static final String INSPECTIONS = "customs.inspections.v1";

    private DrawWorld() {}

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    static RequestSpecification lead() {
        return TestTokens.asSubject("lead-draws", Roles.INSPECTION_LEAD).contentType(ContentType.JSON);
    }

    /** {@code count} gates unique to this call, announced by staffing (kind SUB_DEPARTMENT). */
    static List<String> openGates(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "DR_"
                    + UUID.randomUUID()
                            .toString()
                            .replace("-", "")
                            .substring(0, 12)
                            .toUpperCase(Locale.ROOT);
            TopicWriter.send(
                    bootstrap(),
                    STAFFING,
                    code,
                    "customs.staffing.UnitOpened.v1",
                    "{\"unitCode\":\"" + code + "\",\"name\":\"Cửa khẩu " + code + "\",\"kind\":\"SUB_DEPARTMENT\","
                            + "\"parentCode\":null,\"remoteArea\":false,\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
            codes.add(code);
        }
        return codes;
    }

    static String newDraw(int size, List<String> candidates) {
        return "{\"size\":" + size + ",\"candidates\":["
                + candidates.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")) + "]}";
    }

    /**
     * A draw of {@code size} among {@code candidates}, made once the service knows them (a candidate staffing has not
     * announced yet is refused, 422, while its UnitOpened travels).
     */
    static Response commit(int size, List<String> candidates) {
        Response[] answer = new Response[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            answer[0] = lead().body(newDraw(size, candidates)).post("/api/v1/draws");
            return answer[0].statusCode() != 422 || !answer[0].asString().contains("unknown-candidate");
        });
        return answer[0];
    }

    /** An inspection of {@code unit} on the basis of draw {@code drawId}, in {@code status}. */
    static UUID inspection(EntityManager entityManager, String drawId, String unit, String status) {
        UUID id = UUID.randomUUID();
        boolean started = !status.equals("DRAFT") && !status.equals("DECIDED");
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "INSERT INTO inspections (id, version, type, basis, basis_reference, decision_number,"
                                        + " unit_code, scope, planned_start, duration_days, status, sealed, created_at, started_on)"
                                        + " VALUES (?1, 0, 'SURPRISE', 'RISK_DRAW', ?2, '7/QĐ-KT', ?3, 'Conduct, badges, uniforms',"
                                        + " ?4, 5, ?5, ?6, ?7, ?8)")
                        .setParameter(1, id)
                        .setParameter(2, drawId)
                        .setParameter(3, unit)
                        .setParameter(4, LocalDate.now())
                        .setParameter(5, status)
                        .setParameter(6, !started)
                        .setParameter(7, Instant.now())
                        .setParameter(8, started ? LocalDate.now() : null)
                        .executeUpdate());
        return id;
    }

    static void setStatus(EntityManager entityManager, UUID inspection, String status) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "UPDATE inspections SET status = ?2, sealed = false, started_on = ?3 WHERE id = ?1")
                        .setParameter(1, inspection)
                        .setParameter(2, status)
                        .setParameter(3, LocalDate.now())
                        .executeUpdate());
    }

    /** The records of one type on a topic keyed by {@code key}. */
    static List<ConsumerRecord<String, String>> events(String topic, String key, String type) {
        return TopicReader.readAll(bootstrap(), topic).stream()
                .filter(r -> key.equals(r.key()))
                .filter(r -> type.equals(header(r, "ce_type")))
                .toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every header and the value of a record, as text. */
    static String everything(ConsumerRecord<String, String> record) {
        StringBuilder text = new StringBuilder(record.value());
        record.headers()
                .forEach(h -> text.append('\n')
                        .append(h.key())
                        .append('=')
                        .append(new String(h.value(), StandardCharsets.UTF_8)));
        return text.toString();
    }
}
