package vn.customs.systemtests;

import static vn.customs.systemtests.Service.STAFFING;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the organisation of a story through staffing's API, as a personnel clerk's script would. */
final class PersonnelClerk {

    private final Caller staffing;

    PersonnelClerk(SystemUnderTest suite) {
        this.staffing = suite.as(suite.user("personnel", List.of("PERSONNEL"), Map.of()));
    }

    Caller caller() {
        return staffing;
    }

    /** Opens a unit ({@code DEPARTMENT} or {@code SUB_DEPARTMENT} under {@code parentCode}); returns its id. */
    String openUnit(String code, String name, String kind, String parentCode) {
        return staffing.post(STAFFING, "/api/v1/units", unitBody(code, name, kind, parentCode))
                .expect(201)
                .text("/id");
    }

    /** The body of {@code POST /api/v1/units}: a unit outside the remote areas. */
    static Map<String, Object> unitBody(String code, String name, String kind, String parentCode) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", name);
        unit.put("kind", kind);
        if (parentCode != null) {
            unit.put("parentCode", parentCode);
        }
        unit.put("remoteArea", false);
        return unit;
    }

    /** Creates a post in the unit; returns its id. */
    String post(String unitId, String title, String function, boolean sensitive, int establishment, boolean head) {
        return staffing.post(
                        STAFFING, "/api/v1/posts", postBody(unitId, title, function, sensitive, establishment, head))
                .expect(201)
                .text("/id");
    }

    /** The body of {@code POST /api/v1/posts}: a sensitive post rotates every 36 months. */
    static Map<String, Object> postBody(
            String unitId, String title, String function, boolean sensitive, int establishment, boolean head) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("unitId", unitId);
        post.put("title", title);
        post.put("function", function);
        post.put("sensitive", sensitive);
        post.put("rotationPeriodMonths", sensitive ? 36 : null);
        post.put("minStaff", 0);
        post.put("establishment", establishment);
        post.put("minRank", "ASSOCIATE_INSPECTOR");
        post.put("headOfUnit", head);
        return post;
    }

    /** Registers an officer; returns his id. */
    UUID register(String fullName, String rank) {
        String number = ("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toUpperCase();
        Map<String, Object> officer = Map.of(
                "serviceNumber", number,
                "fullName", fullName,
                "rank", rank,
                "dateOfBirth", "1984-05-02",
                "retirementDate", "2046-05-02");
        return UUID.fromString(
                staffing.post(STAFFING, "/api/v1/officers", officer).expect(201).text("/id"));
    }

    /** Posts the officer on the post from a day, under a decision of its own. */
    void postOfficer(UUID officer, String postId, LocalDate from, String kind) {
        staffing.with("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                        STAFFING,
                        "/api/v1/officers/" + officer + "/postings",
                        Map.of(
                                "postId",
                                postId,
                                "from",
                                from.toString(),
                                "kind",
                                kind,
                                "decisionNumber",
                                UUID.randomUUID().toString().substring(0, 8) + "/QĐ-HQLS"))
                .expect(201);
    }
}
