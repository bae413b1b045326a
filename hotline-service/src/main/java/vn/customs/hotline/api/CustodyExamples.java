package vn.customs.hotline.api;

/**
 * The OpenAPI examples of the custodians' API, as JSON text blocks the resource references by constant. The identity
 * shown is invented.
 */
final class CustodyExamples {

    private CustodyExamples() {}

    static final String NEW_IDENTITY_REQUEST = """
            {"reason":"The provincial police ask, by letter 112/CV-PC03 of 2 March 2026, to hear the reporter as a witness."}
            """;

    static final String IDENTITY_REQUEST = """
            {"id":"0192f3a4-5b6c-7d8e-9f01-23456789abcd","reportId":"0192f3a0-1b2c-7d8e-9f01-23456789abcd",
             "requestedBy":"custodian-linh","reason":"The provincial police ask, by letter 112/CV-PC03 of 2 March 2026, to hear the reporter as a witness.",
             "requestedAt":"2026-03-03T02:00:00Z","status":"APPROVED","decidedBy":"custodian-hai",
             "decidedAt":"2026-03-03T04:30:00Z","decisionNote":null,"reads":1,"lastReadAt":"2026-03-03T05:00:00Z",
             "expiresAt":"2026-03-10T04:30:00Z"}
            """;

    static final String IDENTITY_REQUEST_PAGE = """
            {"items":[{"id":"0192f3a4-5b6c-7d8e-9f01-23456789abcd","reportId":"0192f3a0-1b2c-7d8e-9f01-23456789abcd",
             "requestedBy":"custodian-linh","reason":"The provincial police ask, by letter 112/CV-PC03 of 2 March 2026, to hear the reporter as a witness.",
             "requestedAt":"2026-03-03T02:00:00Z","status":"REQUESTED","decidedBy":null,"decidedAt":null,
             "decisionNote":null,"reads":0,"lastReadAt":null,"expiresAt":null}]}
            """;

    static final String REFUSAL = """
            {"note":"The letter does not name this report; ask the police to name it."}
            """;

    static final String REPORTER_IDENTITY = """
            {"fullName":"Nguyễn Thị Mẫu","phone":"+84 912 000 000","email":"mau@example.vn","taxId":"0100000000",
             "address":"1 Đường Mẫu, Lạng Sơn"}
            """;
}
