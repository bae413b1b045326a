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
}
