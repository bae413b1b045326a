package vn.customs.inspections.api;

/** The OpenAPI examples of findings and corrective actions, one text block each, referenced by constant. */
final class FindingExamples {

    static final String NEW_FINDING = """
            {"category": "NAME_BADGE", "severity": "CORRECTIVE",
             "officerId": "0193a0b1-1111-7222-8333-944455556666", "violationDate": "2026-03-10",
             "evidence": "At 09:40 the officer at counter 2 worked without a name badge; photo 3 of the team's log.",
             "declarationId": null}
            """;

    static final String FINDING = """
            {"id": "0193b2c4-5d6e-7f80-9a1b-2c3d4e5f6071", "inspectionId": "0193b2a0-0000-7000-8000-000000000001",
             "unitCode": "HUU_NGHI", "category": "NAME_BADGE", "severity": "CORRECTIVE",
             "officerId": "0193a0b1-1111-7222-8333-944455556666", "violationDate": "2026-03-10",
             "evidence": "At 09:40 the officer at counter 2 worked without a name badge; photo 3 of the team's log.",
             "declarationId": null, "accountableHeadOfficerId": "0193a0b1-aaaa-7bbb-8ccc-9ddd0eee1fff",
             "recordedBy": "inspector-nguyen", "recordedAt": "2026-03-11T02:15:00Z",
             "correctiveActions": [
               {"id": "0193b2c9-0000-7000-8000-000000000009", "findingId": "0193b2c4-5d6e-7f80-9a1b-2c3d4e5f6071",
                "inspectionId": "0193b2a0-0000-7000-8000-000000000001", "unitCode": "HUU_NGHI",
                "description": "Issue name badges to every officer on shift and check them at each handover.",
                "ownerOfficerId": "0193a0b1-aaaa-7bbb-8ccc-9ddd0eee1fff", "dueDate": "2026-04-10",
                "status": "OPEN", "orderedAt": "2026-03-11T02:20:00Z", "startedAt": null, "completedAt": null,
                "completedLate": false, "overdueOn": null, "verifiedBy": null, "verifiedAt": null, "version": 0}],
             "version": 0}
            """;

    static final String FINDING_PAGE = """
            {"items": [
              {"id": "0193b2c4-5d6e-7f80-9a1b-2c3d4e5f6071", "inspectionId": "0193b2a0-0000-7000-8000-000000000001",
               "unitCode": "HUU_NGHI", "category": "UNIFORM", "severity": "REMINDER", "officerId": null,
               "violationDate": "2026-03-10", "evidence": "Two officers on the export lane without caps.",
               "declarationId": null, "accountableHeadOfficerId": null, "recordedBy": "inspector-nguyen",
               "recordedAt": "2026-03-11T02:10:00Z", "correctiveActions": [], "version": 0}]}
            """;

    static final String NEW_ACTION = """
            {"description": "Issue name badges to every officer on shift and check them at each handover.",
             "ownerOfficerId": "0193a0b1-aaaa-7bbb-8ccc-9ddd0eee1fff", "dueDate": "2026-04-10"}
            """;

    static final String ACTION = """
            {"id": "0193b2c9-0000-7000-8000-000000000009", "findingId": "0193b2c4-5d6e-7f80-9a1b-2c3d4e5f6071",
             "inspectionId": "0193b2a0-0000-7000-8000-000000000001", "unitCode": "HUU_NGHI",
             "description": "Issue name badges to every officer on shift and check them at each handover.",
             "ownerOfficerId": "0193a0b1-aaaa-7bbb-8ccc-9ddd0eee1fff", "dueDate": "2026-04-10",
             "status": "IN_PROGRESS", "orderedAt": "2026-03-11T02:20:00Z", "startedAt": "2026-03-12T01:00:00Z",
             "completedAt": null, "completedLate": false, "overdueOn": null, "verifiedBy": null,
             "verifiedAt": null, "version": 1}
            """;

    static final String ACTION_PAGE = """
            {"items": [
              {"id": "0193b2c9-0000-7000-8000-000000000009", "findingId": "0193b2c4-5d6e-7f80-9a1b-2c3d4e5f6071",
               "inspectionId": "0193b2a0-0000-7000-8000-000000000001", "unitCode": "HUU_NGHI",
               "description": "Issue name badges to every officer on shift and check them at each handover.",
               "ownerOfficerId": "0193a0b1-aaaa-7bbb-8ccc-9ddd0eee1fff", "dueDate": "2026-04-10",
               "status": "OVERDUE", "orderedAt": "2026-03-11T02:20:00Z", "startedAt": "2026-03-12T01:00:00Z",
               "completedAt": null, "completedLate": false, "overdueOn": "2026-04-11", "verifiedBy": null,
               "verifiedAt": null, "version": 2}],
             "next": "/api/v1/corrective-actions?cursor=djE6MDE5M2IyYzktMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDA5&limit=50"}
            """;

    private FindingExamples() {}
}
