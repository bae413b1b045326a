package vn.customs.inspections.api;

/** Examples of the inspection endpoints' bodies, as text blocks referenced by the OpenAPI annotations. */
final class InspectionsExamples {

    private InspectionsExamples() {}

    static final String NEW_SURPRISE = """
            {"type":"SURPRISE","basis":"RISK_DRAW","basisReference":"0193a6f0-6c1e-7b7a-9d35-3f1c2b4a5e61","unitCode":"CHI_MA","scope":"Conduct, name badges and uniforms of the officers on duty at the gate","plannedStart":"2026-12-14","durationDays":3}
            """;

    static final String NEW_TARGETED = """
            {"type":"TARGETED","basis":"REPORT","basisReference":"0193a6f0-1111-7b7a-9d35-3f1c2b4a5e61","unitCode":"HUU_NGHI","targetOfficerIds":["0193a6f0-2222-7b7a-9d35-3f1c2b4a5e61"],"scope":"Bribe request reported at the clearance counter","plannedStart":"2026-12-10","durationDays":10}
            """;

    static final String INSPECTION = """
            {"id":"0193a6f0-3333-7b7a-9d35-3f1c2b4a5e61","type":"THEMATIC","basis":"PLAN","basisReference":"0193a6f0-4444-7b7a-9d35-3f1c2b4a5e61","decisionNumber":"QD-112/QĐ-HQLS","unitCode":"HUU_NGHI","targetOfficerIds":[],"scope":"Name badges and uniforms of the forces at the gate","plannedStart":"2026-10-05","durationDays":5,"extensionDays":0,"extensionReason":null,"status":"IN_PROGRESS","sealed":false,"sealOpenedReason":null,"team":{"leadOfficerId":"0193a6f0-5555-7b7a-9d35-3f1c2b4a5e61","deputyOfficerId":"0193a6f0-6666-7b7a-9d35-3f1c2b4a5e61","memberOfficerIds":["0193a6f0-7777-7b7a-9d35-3f1c2b4a5e61"]},"createdAt":"2026-09-20T02:00:00Z","decidedAt":"2026-09-28T02:00:00Z","startedOn":"2026-10-05","lastFieldworkDay":"2026-10-09","fieldworkEndedOn":null,"concludedAt":null,"conclusion":null,"closedAt":null,"version":3}
            """;

    static final String PAGE = """
            {"items":[{"id":"0193a6f0-3333-7b7a-9d35-3f1c2b4a5e61","type":"THEMATIC","basis":"PLAN","basisReference":"0193a6f0-4444-7b7a-9d35-3f1c2b4a5e61","decisionNumber":"QD-112/QĐ-HQLS","unitCode":"HUU_NGHI","targetOfficerIds":[],"scope":"Name badges and uniforms of the forces at the gate","plannedStart":"2026-10-05","durationDays":5,"extensionDays":0,"extensionReason":null,"status":"IN_PROGRESS","sealed":false,"sealOpenedReason":null,"team":{"leadOfficerId":"0193a6f0-5555-7b7a-9d35-3f1c2b4a5e61","deputyOfficerId":"0193a6f0-6666-7b7a-9d35-3f1c2b4a5e61","memberOfficerIds":["0193a6f0-7777-7b7a-9d35-3f1c2b4a5e61"]},"createdAt":"2026-09-20T02:00:00Z","decidedAt":"2026-09-28T02:00:00Z","startedOn":"2026-10-05","lastFieldworkDay":"2026-10-09","fieldworkEndedOn":null,"concludedAt":null,"conclusion":null,"closedAt":null,"version":3}],"next":null}
            """;

    static final String TEAM = """
            {"leadOfficerId":"0193a6f0-5555-7b7a-9d35-3f1c2b4a5e61","deputyOfficerId":"0193a6f0-6666-7b7a-9d35-3f1c2b4a5e61","memberOfficerIds":["0193a6f0-7777-7b7a-9d35-3f1c2b4a5e61"]}
            """;

    static final String SCHEDULE = """
            {"plannedStart":"2026-12-15","durationDays":5}
            """;

    static final String DECISION = """
            {"decisionNumber":"QD-131/QĐ-HQLS"}
            """;

    static final String EXTENSION = """
            {"days":3,"reason":"Records of the night shift are kept at the team's office and must be checked on site"}
            """;

    static final String CONCLUSION = """
            {"conclusion":"Two officers without name badges on duty; one officer's conduct toward a driver was improper. Corrective actions ordered; one referral for discipline."}
            """;

    static final String SEAL_OPENING = """
            {"reason":"The provincial steering committee asked to join the inspection and must be told beforehand"}
            """;
}
