package vn.customs.systemtests;

import static vn.customs.systemtests.Service.DECLARATIONS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What an enterprise's software sends to declarations and what an officer's tool does next: the body of a
 * declaration, its lodging, and the steps that clear it in each channel.
 */
final class Lodging {

    static final ZoneId DEPARTMENT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Lodging() {}

    /** Today at the department, the day declarations and postings are dated by. */
    static LocalDate today() {
        return LocalDate.now(DEPARTMENT_ZONE);
    }

    /** A unit code no other story uses: the prefix, then a random tail. */
    static String uniqueCode(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)).toUpperCase();
    }

    /** A local reference number no other declaration uses (at most 35 characters). */
    static String lrn() {
        return "ST-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** A tax id of ten digits, random enough that stories never share an enterprise. */
    static String taxId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    /** An import of fresh dragon fruit at {@code gate}, lodged {@code ELECTRONIC} or on {@code PAPER}. */
    static String body(String taxId, String lrn, String gate, String submissionChannel, String amountUsd) {
        LocalDate today = today();
        return """
                {"lrn":"%s","flow":"IMPORT","procedureCode":"A11","gateCode":"%s","submissionChannel":"%s",
                 "declarant":{"taxId":"%s","name":"Công ty TNHH Thương mại %s","address":"Lạng Sơn"},
                 "counterparty":{"name":"Guangxi Pingxiang Trading Co.","country":"CN"},
                 "transport":{"mode":"ROAD","meansId":"12C-34567","billOfLading":"PX-1","arrivalDate":"%s"},
                 "invoice":{"number":"INV-%s","date":"%s","currency":"USD","amount":%s,"exchangeRateVnd":25350,
                            "usdRateVnd":25350,"incoterm":"DAP"},
                 "items":[{"hsCode":"08109094","description":"Quả thanh long tươi","originCountry":"CN",
                           "quantity":2000,"unit":"KGM","netMassKg":2000,"customsValue":%s}]}
                """.formatted(
                lrn, gate, submissionChannel, taxId, taxId, today, lrn, today.minusDays(2), amountUsd, amountUsd);
    }

    /** Lodges an electronic declaration as the enterprise; the answer is the registered declaration. */
    static Answer lodge(Caller declarant, String taxId, String gate) {
        return declarant.post(DECLARATIONS, "/api/v1/declarations", body(taxId, lrn(), gate, "ELECTRONIC", "4800.00"));
    }

    /** Waits until declarations has the gate open in its copy of staffing's directory (the dry-run accepts it). */
    static void awaitGate(Caller declarant, String taxId, String gate) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> declarant
                                .post(
                                        DECLARATIONS,
                                        "/api/v1/declarations/dry-run",
                                        body(taxId, lrn(), gate, "ELECTRONIC", "4800.00"))
                                .status()
                        == 200);
    }

    /** The officer steps from registration to clearance in a channel. */
    static List<String> pathToClearance(String channel) {
        switch (channel) {
            case "GREEN":
                return List.of("CLEAR");
            case "YELLOW":
                return List.of("START_DOC_CHECK", "CLEAR");
            default:
                return List.of("REQUIRE_GOODS", "GOODS_PRESENTED", "CLEAR");
        }
    }

    /** One officer step with the ETag the caller holds; the answer carries the next ETag. */
    static Answer step(Caller officer, String id, String etag, String step) {
        return officer.with("If-Match", etag)
                .post(DECLARATIONS, "/api/v1/declarations/" + id + "/steps", "{\"step\":\"" + step + "\"}");
    }
}
