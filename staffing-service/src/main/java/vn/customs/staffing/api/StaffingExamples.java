package vn.customs.staffing.api;

/**
 * The OpenAPI examples of the staffing API, as JSON text blocks the resources reference by constant (requests are
 * named for what they create or change, responses for what they show).
 */
final class StaffingExamples {

    private StaffingExamples() {}

    static final String NEW_BRIEFING = """
            {"unitCode":"HUU_NGHI","heldOn":"2026-03-02","topic":"Không nhận tiền, quà của doanh nghiệp",
             "decision":"Mỗi đội rà soát lại việc tiếp xúc doanh nghiệp ngoài giờ",
             "attendees":["3f2504e0-4f89-41d3-9a0c-0305e82c3301"]}
            """;

    static final String BRIEFING = """
            {"id":"0192f3a4-5b6c-7d8e-9f01-23456789abcd","unitCode":"HUU_NGHI","heldOn":"2026-03-02",
             "topic":"Không nhận tiền, quà của doanh nghiệp",
             "decision":"Mỗi đội rà soát lại việc tiếp xúc doanh nghiệp ngoài giờ",
             "attendees":["3f2504e0-4f89-41d3-9a0c-0305e82c3301"],"recordedAt":"2026-03-02T09:30:00Z"}
            """;

    static final String BRIEFING_STATISTICS = """
            [{"unitCode":"HUU_NGHI","year":2026,"quarter":1,"briefings":12,"attendances":430,"markMet":true}]
            """;

    static final String ABSENTEES = """
            [{"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","fullName":"Hoàng Văn Nam",
             "serviceNumber":"HQ10012","missed":3}]
            """;

    static final String NEW_ASSET_DECLARATION = """
            {"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","kind":"ANNUAL","year":2025,"totalAssetsVnd":2350000000,"riseVnd":120000000}
            """;

    static final String ASSET_DECLARATION = """
            {"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","kind":"ANNUAL","year":2025,"filedOn":"2025-12-15","totalAssetsVnd":2350000000,"riseVnd":120000000,"status":"SUBMITTED","onTime":true,"note":null}
            """;

    static final String ASSET_DECLARATION_PAGE = """
            {"items":[{"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","kind":"ANNUAL","year":2025,"filedOn":"2025-12-15","totalAssetsVnd":2350000000,"riseVnd":120000000,"status":"SUBMITTED","onTime":true,"note":null}],"next":null}
            """;

    static final String ASSET_DECLARATION_PUBLICIZE = """
            {"step":"PUBLICIZE"}
            """;

    static final String ASSET_DECLARATION_OVERDUE = """
            [{"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","fullName":"Hoàng Văn Nam","serviceNumber":"HQ10012","year":2025,"deadline":"2025-12-31"}]
            """;

    static final String FIRST_DECLARATIONS_OWED = """
            [{"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","fullName":"Hoàng Văn Nam","serviceNumber":"HQ10012","appointedOn":"2026-03-01","deadline":"2026-03-11","overdue":true}]
            """;

    static final String ASSET_DECLARATION_THRESHOLDS = """
            {"validFrom":"2026-07-01","perAssetVnd":150000000,"yearlyRiseVnd":1000000000}
            """;

    static final String NEW_OFFICER = """
            {"serviceNumber":"HQ10012","fullName":"Hoàng Văn Nam","rank":"INSPECTOR","dateOfBirth":"1980-04-12","retirementDate":"2042-04-12","homeUnitCode":"COC_NAM","declaredInterests":[{"kind":"RELATIVE","description":"Brother works for a forwarding agency","unitCode":"HUU_NGHI","taxId":"0101234567"}]}
            """;

    static final String OFFICER = """
            {"id":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","serviceNumber":"HQ10012","fullName":"Hoàng Văn Nam","rank":"INSPECTOR","dateOfBirth":"1980-04-12","retirementDate":"2042-04-12","homeUnitCode":"COC_NAM","exemption":null,"exemptionUntil":null,"underReview":false,"suspended":false,"declaredInterests":[],"currentPosting":null}
            """;

    static final String OFFICER_PAGE = """
            {"items":[{"id":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","serviceNumber":"HQ10012","fullName":"Hoàng Văn Nam","rank":"INSPECTOR","dateOfBirth":"1980-04-12","retirementDate":"2042-04-12","homeUnitCode":"COC_NAM","exemption":null,"exemptionUntil":null,"underReview":false,"suspended":false,"declaredInterests":[],"currentPosting":null}],"next":null}
            """;

    static final String OFFICER_CHANGE = """
            {"fullName":"Hoàng Văn Nam","rank":"INSPECTOR","dateOfBirth":"1980-04-12","retirementDate":"2042-04-12","homeUnitCode":"COC_NAM","declaredInterests":[{"kind":"RELATIVE","description":"Brother works for a forwarding agency","unitCode":"HUU_NGHI","taxId":"0101234567"}],"exemption":"LONG_TRAINING","exemptionUntil":"2026-12-31"}
            """;

    static final String OFFICER_HISTORY = """
            [{"id":"9b2d0f4e-1c3a-4e5f-8a7b-6c5d4e3f2a1b","officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","officerName":"Hoàng Văn Nam","serviceNumber":"HQ10012","postId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","postTitle":"Đội Thủ tục - tiếp nhận, đăng ký tờ khai","postFunction":"CLEARANCE","unitCode":"HUU_NGHI","validFrom":"2023-01-01","validTo":null,"kind":"PERIODIC_ROTATION","decisionNumber":"123/QĐ-HQLS","endDecisionNumber":null,"recordedAt":"2022-12-20T09:30:00Z","endRecordedAt":null}]
            """;

    static final String NEW_POSTING = """
            {"postId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","from":"2026-01-01","kind":"PERIODIC_ROTATION","decisionNumber":"123/QĐ-HQLS"}
            """;

    static final String OFFICER_POSTING = """
            {"id":"9b2d0f4e-1c3a-4e5f-8a7b-6c5d4e3f2a1b","officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","officerName":"Hoàng Văn Nam","serviceNumber":"HQ10012","postId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","postTitle":"Đội Thủ tục - tiếp nhận, đăng ký tờ khai","postFunction":"CLEARANCE","unitCode":"HUU_NGHI","validFrom":"2023-01-01","validTo":null,"kind":"PERIODIC_ROTATION","decisionNumber":"123/QĐ-HQLS","endDecisionNumber":null,"recordedAt":"2022-12-20T09:30:00Z","endRecordedAt":null}
            """;

    static final String DEPARTURE = """
            {"reason":"RETIREMENT","lastDay":"2026-06-30","decisionNumber":"77/QĐ-HQLS"}
            """;

    static final String NEW_POST = """
            {"unitId":"0b8f7c52-3c1e-4a57-9d0e-6a1f2b3c4d5e","title":"Đội Thủ tục - tiếp nhận, đăng ký tờ khai","function":"CLEARANCE","sensitive":true,"rotationPeriodMonths":36,"minStaff":3,"establishment":10,"minRank":"ASSOCIATE_INSPECTOR","headOfUnit":false}
            """;

    static final String POST = """
            {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","unitId":"0b8f7c52-3c1e-4a57-9d0e-6a1f2b3c4d5e","title":"Đội Thủ tục - tiếp nhận, đăng ký tờ khai","function":"CLEARANCE","sensitive":true,"rotationPeriodMonths":36,"minStaff":3,"establishment":10,"minRank":"ASSOCIATE_INSPECTOR","headOfUnit":false}
            """;

    static final String POST_PAGE = """
            {"items":[{"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","unitId":"0b8f7c52-3c1e-4a57-9d0e-6a1f2b3c4d5e","title":"Đội Thủ tục - tiếp nhận, đăng ký tờ khai","function":"CLEARANCE","sensitive":true,"rotationPeriodMonths":36,"minStaff":3,"establishment":10,"minRank":"ASSOCIATE_INSPECTOR","headOfUnit":false}],"next":null}
            """;

    static final String POST_TERMS = """
            {"title":"Đội Thủ tục - tiếp nhận, đăng ký tờ khai","function":"CLEARANCE","sensitive":true,"rotationPeriodMonths":36,"minStaff":3,"establishment":10,"minRank":"ASSOCIATE_INSPECTOR","headOfUnit":false}
            """;

    static final String POST_HISTORY_PAGE = """
            {"items":[{"id":"9b2d0f4e-1c3a-4e5f-8a7b-6c5d4e3f2a1b","officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","officerName":"Hoàng Văn Nam","serviceNumber":"HQ10012","postId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","postTitle":"Đội Thủ tục - tiếp nhận, đăng ký tờ khai","postFunction":"CLEARANCE","unitCode":"HUU_NGHI","validFrom":"2023-01-01","validTo":null,"kind":"PERIODIC_ROTATION","decisionNumber":"123/QĐ-HQLS","endDecisionNumber":null,"recordedAt":"2022-12-20T09:30:00Z","endRecordedAt":null}],"next":null}
            """;

    static final String NEW_DISCIPLINE_CASE = """
            {"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","reason":"Asked a trader for money","suspended":true}
            """;

    static final String DISCIPLINE_CASE = """
            {"id":"6fa459ea-ee8a-4ca4-894e-db77e160355e","officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","origin":"FINDING","originId":"f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9","reason":"Disciplinary finding (CONDUCT) of inspection 2b1a0f9e-8d7c-4b6a-9584-736251403f2e","unitCode":"HUU_NGHI","violationDate":"2025-05-14","accountableHeadOfficerId":"8e7d6c5b-4a39-4817-9605-f4e3d2c1b0a9","suspended":false,"status":"OPEN","outcome":null,"openedAt":"2025-05-20T02:15:00Z","closedAt":null}
            """;

    static final String DISCIPLINE_CASE_PAGE = """
            {"items":[{"id":"6fa459ea-ee8a-4ca4-894e-db77e160355e","officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","origin":"FINDING","originId":"f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9","reason":"Disciplinary finding (CONDUCT) of inspection 2b1a0f9e-8d7c-4b6a-9584-736251403f2e","unitCode":"HUU_NGHI","violationDate":"2025-05-14","accountableHeadOfficerId":"8e7d6c5b-4a39-4817-9605-f4e3d2c1b0a9","suspended":false,"status":"OPEN","outcome":null,"openedAt":"2025-05-20T02:15:00Z","closedAt":null}],"next":null}
            """;

    static final String DISCIPLINE_CASE_CLOSURE = """
            {"outcome":"REPRIMAND"}
            """;

    static final String DISCIPLINE_CASE_SUSPEND = """
            {"suspended":true,"from":"2026-03-02","reason":"Evidence of a bribe"}
            """;

    static final String STATISTICS = """
            {"from":"2025-04-01","to":"2025-06-30","moves":111,"movesByUnitAndKind":[{"unitCode":"HUU_NGHI","kind":"PERIODIC_ROTATION","moves":42}],"officersDue":6,"officersOverdue":3,"tenureInSensitivePosts":[{"band":"under 12 months","officers":14}],"assetDeclarations":{"year":2024,"owed":48,"onTime":46,"late":1,"missing":1}}
            """;

    static final String ROTATION_STANDINGS = """
            [{"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","officerName":"Hoàng Văn Nam","unitCode":"HUU_NGHI","postId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","postTitle":"Đội Thủ tục - tiếp nhận, đăng ký tờ khai","postFunction":"CLEARANCE","since":"2021-09-01","rotationPeriodMonths":36,"rotationDate":"2024-09-01","standing":"OVERDUE","exemption":null}]
            """;

    static final String NEW_ROTATION_PLAN = """
            {"periodFrom":"2026-01-01","periodTo":"2026-03-31","unitCodes":["HUU_NGHI","COC_NAM","CHI_MA","DEPT"],"timeLimitSeconds":5}
            """;

    static final String ROTATION_DRAFT = """
            {"id":"e3b0c442-98fc-4c14-9afb-f4c8996fb924","status":"DRAFT","moves":[],"stays":[]}
            """;

    static final String ROTATION_PAGE = """
            {"items":[{"id":"e3b0c442-98fc-4c14-9afb-f4c8996fb924","status":"OPTIMIZED","periodFrom":"2026-01-01","periodTo":"2026-03-31","unitCodes":["HUU_NGHI","COC_NAM","CHI_MA"],"timeLimitSeconds":5,"createdBy":"personnel-clerk","approvedBy":null,"decisionNumber":null,"score":"0hard/-21035soft","feasible":true,"solveMillis":1840,"failure":null,"moveCount":1,"moves":[{"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","officerName":"Hoàng Văn Nam","fromPostId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","toPostId":"1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d","moves":true,"due":true,"pinned":false,"reasons":["Tenure of 52 months on a sensitive post reaches its rotation period"]}],"stays":[{"officerId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","officerName":"Trần Thị Lan","fromPostId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","toPostId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","moves":false,"due":true,"pinned":false,"reasons":["Pregnant or raising a child under 36 months"]}]}],"next":null}
            """;

    static final String ROTATION_PLAN = """
            {"id":"e3b0c442-98fc-4c14-9afb-f4c8996fb924","status":"OPTIMIZED","periodFrom":"2026-01-01","periodTo":"2026-03-31","unitCodes":["HUU_NGHI","COC_NAM","CHI_MA"],"timeLimitSeconds":5,"createdBy":"personnel-clerk","approvedBy":null,"decisionNumber":null,"score":"0hard/-21035soft","feasible":true,"solveMillis":1840,"failure":null,"moveCount":1,"moves":[{"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","officerName":"Hoàng Văn Nam","fromPostId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","toPostId":"1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d","moves":true,"due":true,"pinned":false,"reasons":["Tenure of 52 months on a sensitive post reaches its rotation period"]}],"stays":[{"officerId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","officerName":"Trần Thị Lan","fromPostId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","toPostId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","moves":false,"due":true,"pinned":false,"reasons":["Pregnant or raising a child under 36 months"]}]}
            """;

    static final String ROTATION_PIN = """
            {"officerId":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","postId":"1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}
            """;

    static final String ROTATION_EXECUTION = """
            {"decisionNumber":"45/QĐ-HQLS","effectiveFrom":"2026-01-01"}
            """;

    static final String NEW_UNIT = """
            {"code":"HUU_NGHI","name":"Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị","kind":"SUB_DEPARTMENT","parentCode":"DEPT","remoteArea":false}
            """;

    static final String UNIT = """
            {"id":"0b8f7c52-3c1e-4a57-9d0e-6a1f2b3c4d5e","code":"HUU_NGHI","name":"Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị","kind":"SUB_DEPARTMENT","parentId":"5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6","remoteArea":false}
            """;

    static final String UNIT_PAGE = """
            {"items":[{"id":"0b8f7c52-3c1e-4a57-9d0e-6a1f2b3c4d5e","code":"HUU_NGHI","name":"Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị","kind":"SUB_DEPARTMENT","parentId":"5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6","remoteArea":false}],"next":null}
            """;

    static final String UNIT_CHANGE = """
            {"name":"Chi cục Hải quan cửa khẩu Chi Ma","remoteArea":true}
            """;

    static final String UNIT_CLOSURE = """
            {"closedOn":"2026-12-31","decisionNumber":"88/QĐ-HQLS"}
            """;

    static final String UNIT_HEAD = """
            {"unitCode":"HUU_NGHI","on":"2025-06-30","posting":{"officerName":"Nguyễn Văn An","postTitle":"Chi cục trưởng","validFrom":"2023-01-01","validTo":null}}
            """;
}
