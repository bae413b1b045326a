package vn.customs.inspections.api;

/** The OpenAPI examples of the plans of thematic inspections, referenced by constant. */
final class PlanExamples {

    private PlanExamples() {}

    static final String NEW_ENTRY = """
            {"unitCode":"HUU_NGHI","theme":"UNIFORM_AND_BADGE","plannedStart":"2026-02-02","durationDays":5}
            """;

    static final String NEW_PLAN = """
            {"year":2026,"quarter":1,"title":"Thematic inspections of the gate forces, first quarter 2026",
             "entries":[
              {"unitCode":"HUU_NGHI","theme":"UNIFORM_AND_BADGE","plannedStart":"2026-02-02","durationDays":5},
              {"unitCode":"TAN_THANH","theme":"CONDUCT","plannedStart":"2026-02-09","durationDays":5},
              {"unitCode":"CHI_MA","theme":"OTHER","scope":"Queue management at the passenger hall in the Tet peak",
               "plannedStart":"2026-01-19","durationDays":3}]}
            """;

    static final String DRAFT = """
            {"id":"019c1e2a-7b40-7c3e-9a51-2f0e4d6b8a10","year":2026,"quarter":1,"period":"2026-Q1",
             "firstDay":"2026-01-01","lastDay":"2026-03-31",
             "title":"Thematic inspections of the gate forces, first quarter 2026","status":"DRAFT",
             "draftedBy":"lead-nguyen","draftedAt":"2025-12-15T02:30:00Z","approvedBy":null,"approvedAt":null,
             "entries":[
              {"id":"019c1e2a-7b41-7d10-8f22-0a1b2c3d4e01","unitCode":"CHI_MA","theme":"OTHER",
               "scope":"Queue management at the passenger hall in the Tet peak","plannedStart":"2026-01-19",
               "durationDays":3,"inspectionId":null},
              {"id":"019c1e2a-7b41-7d10-8f22-0a1b2c3d4e02","unitCode":"HUU_NGHI","theme":"UNIFORM_AND_BADGE",
               "scope":null,"plannedStart":"2026-02-02","durationDays":5,"inspectionId":null}],
             "version":1}
            """;

    static final String APPROVED = """
            {"id":"019c1e2a-7b40-7c3e-9a51-2f0e4d6b8a10","year":2026,"quarter":1,"period":"2026-Q1",
             "firstDay":"2026-01-01","lastDay":"2026-03-31",
             "title":"Thematic inspections of the gate forces, first quarter 2026","status":"APPROVED",
             "draftedBy":"lead-nguyen","draftedAt":"2025-12-15T02:30:00Z","approvedBy":"lead-tran",
             "approvedAt":"2025-12-18T08:00:00Z",
             "entries":[
              {"id":"019c1e2a-7b41-7d10-8f22-0a1b2c3d4e01","unitCode":"CHI_MA","theme":"OTHER",
               "scope":"Queue management at the passenger hall in the Tet peak","plannedStart":"2026-01-19",
               "durationDays":3,"inspectionId":"019c1e2a-7b41-7d10-8f22-0a1b2c3d4e01"},
              {"id":"019c1e2a-7b41-7d10-8f22-0a1b2c3d4e02","unitCode":"HUU_NGHI","theme":"UNIFORM_AND_BADGE",
               "scope":null,"plannedStart":"2026-02-02","durationDays":5,
               "inspectionId":"019c1e2a-7b41-7d10-8f22-0a1b2c3d4e02"}],
             "version":2}
            """;

    static final String LIST = """
            {"items":[
              {"id":"019c1e2a-7b40-7c3e-9a51-2f0e4d6b8a10","year":2026,"quarter":1,"period":"2026-Q1",
               "firstDay":"2026-01-01","lastDay":"2026-03-31",
               "title":"Thematic inspections of the gate forces, first quarter 2026","status":"APPROVED",
               "draftedBy":"lead-nguyen","draftedAt":"2025-12-15T02:30:00Z","approvedBy":"lead-tran",
               "approvedAt":"2025-12-18T08:00:00Z","entries":[],"version":2}],
             "next":null}
            """;
}
