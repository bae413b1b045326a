package vn.customs.hotline.api;

/** The OpenAPI examples of the hotline's reports, one text block each, referenced by constant. */
final class HotlineExamples {

    static final String NEW_REPORT = """
            {"kind": "DENUNCIATION", "category": "BRIBE_REQUEST", "unitCode": "HUU_NGHI",
             "happenedAt": "2026-03-03T03:00:00Z", "accusedDescription": "the officer at counter 2",
             "declarationNumber": "1001234567", "reporterMode": "ANONYMOUS",
             "text": "The officer at counter 2 said the truck would wait until Monday unless I paid 2 million dong."}
            """;

    static final String FILED = """
            {"reportId": "01939d3e-8d2a-7c61-a1b2-3c4d5e6f7a8b",
             "receipt": "7KQX-M2PA-9RTD-WV3H-4NBC-Y8ZE",
             "receiptNotice": "Keep this receipt. It is shown once and cannot be recovered; with it alone you can follow the report, read our answers, answer and add evidence.",
             "proof": {"reportId": "01939d3e-8d2a-7c61-a1b2-3c4d5e6f7a8b", "receivedAt": "2026-03-03T04:10:00Z",
                       "contentHash": "9f2c0e6d4b1a8c7e5f3d2b1a0c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d",
                       "keyId": "hotline-2026", "signature": "mJ0n3u1m0c2Vx9Zr8b1Lq2m8o8s4Gg3y1aQ9d3o2H6w0b7p5v1x8n4c2k9e7t1u3r5q8w2e4y6i8o0p1a3s5d7fA=="},
             "status": "RECEIVED", "acceptanceDueAt": "2026-03-12T04:10:00Z"}
            """;

    static final String REPORTER_VIEW = """
            {"status": "VERIFYING", "statusInWords": "Your report was accepted and is being verified.",
             "receivedAt": "2026-03-03T04:10:00Z", "kind": "DENUNCIATION", "category": "BRIBE_REQUEST",
             "unitCode": "HUU_NGHI", "acceptedAt": "2026-03-05T02:00:00Z", "outcome": null, "outcomeInWords": null,
             "conclusion": null, "inspectionOutcome": null, "withdrawnParts": [],
             "messages": [{"from": "HANDLER", "text": "Could you tell us the truck's plate number?", "writtenAt": "2026-03-05T02:05:00Z"},
                          {"from": "REPORTER", "text": "12C-345.67", "writtenAt": "2026-03-05T09:30:00Z"}]}
            """;

    static final String REPORTER_MESSAGE = """
            {"text": "The plate number was 12C-345.67."}
            """;

    static final String WITHDRAWAL = """
            {"part": "The part about the parking fee"}
            """;

    static final String HANDLER_VIEW = """
            {"id": "01939d3e-8d2a-7c61-a1b2-3c4d5e6f7a8b", "status": "VERIFYING", "intakeChannel": "WEB",
             "recordedBy": null, "reporterMode": "CONFIDENTIAL", "reporter": "Reporter 4KX9QM",
             "kind": "DENUNCIATION", "category": "BRIBE_REQUEST", "unitCode": "HUU_NGHI",
             "happenedAt": "2026-03-03T03:00:00Z", "accusedOfficerId": "0193a0b1-1111-7222-8333-944455556666",
             "accusedDescription": "the officer at counter 2", "declarationNumber": "1001234567",
             "text": "The officer at counter 2 said the truck would wait until Monday unless I paid 2 million dong.",
             "contentHash": "9f2c0e6d4b1a8c7e5f3d2b1a0c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d", "remoteArea": false,
             "complexity": "NORMAL", "receivedAt": "2026-03-03T04:10:00Z", "acceptedAt": "2026-03-05T02:00:00Z",
             "queueLevel": "DEPARTMENT",
             "clock": {"phase": "SETTLEMENT", "dueAt": "2026-04-04T02:00:00Z", "atRiskAt": "2026-03-29T02:00:00Z",
                       "state": "ON_TIME", "extensionsUsed": 0, "paused": false, "pausedFor": "PT0S",
                       "acceptanceBreached": false, "settlementBreached": false},
             "nonAcceptanceReason": null, "decisionNote": null, "transferredTo": null,
             "handlers": {"receiverId": "0193a0b1-aaaa-7bbb-8ccc-9ddd0eee1fff", "verifierId": "0193a0b1-bbbb-7ccc-8ddd-9eee0fff1aaa", "deciderId": "0193a0b1-cccc-7ddd-8eee-9fff0aaa1bbb"},
             "suspensionReason": null, "outcome": null, "conclusion": null, "concludedAt": null,
             "concludedWithinLimit": null, "actions": [], "withdrawnParts": [], "inspectionRequestedAt": null,
             "inspectionOutcome": null, "version": 3}
            """;

    static final String REPORT_PAGE = """
            {"items": [{"id": "01939d3e-8d2a-7c61-a1b2-3c4d5e6f7a8b", "status": "RECEIVED", "kind": "DENUNCIATION",
                        "category": "BRIBE_REQUEST", "unitCode": "HUU_NGHI", "receivedAt": "2026-03-03T04:10:00Z",
                        "queueLevel": "DEPARTMENT", "dueAt": "2026-03-12T04:10:00Z", "deadlineState": "ON_TIME"}],
             "next": null}
            """;

    static final String ACCEPTANCE = """
            {"complexity": "NORMAL"}
            """;

    static final String NON_ACCEPTANCE = """
            {"reason": "NO_CONCRETE_INFORMATION", "note": "No gate, no day and no act is named."}
            """;

    static final String TRANSFER = """
            {"authority": "Lạng Sơn provincial police", "note": "About a traffic officer, not customs."}
            """;

    static final String HANDLERS = """
            {"receiverId": "0193a0b1-aaaa-7bbb-8ccc-9ddd0eee1fff", "verifierId": "0193a0b1-bbbb-7ccc-8ddd-9eee0fff1aaa",
             "deciderId": "0193a0b1-cccc-7ddd-8eee-9fff0aaa1bbb"}
            """;

    static final String REASON = """
            {"reason": "Waiting for the gate's camera footage from the border guard."}
            """;

    static final String SEVERAL_PLACES = """
            {"reason": "The truck crossed at Hữu Nghị and was cleared at Cốc Nam: both gates must be heard."}
            """;

    static final String EXTENSION = """
            {"days": 30, "reason": "Witnesses at two gates must be heard."}
            """;

    static final String ACCUSED = """
            {"officerId": "0193a0b1-1111-7222-8333-944455556666"}
            """;

    static final String CONCLUSION = """
            {"outcome": "SUBSTANTIATED", "conclusion": "The officer asked for money to release the truck.",
             "officerIds": ["0193a0b1-1111-7222-8333-944455556666"]}
            """;

    static final String NEW_ACTION = """
            {"description": "Open a discipline case against the officer", "dueOn": "2026-04-30"}
            """;

    static final String ACTION_DONE = """
            {"note": "Discipline case opened by personnel."}
            """;

    static final String HANDLER_MESSAGE = """
            {"visibility": "REPORTER_VISIBLE", "text": "Could you tell us the truck's plate number?"}
            """;

    static final String MESSAGES = """
            [{"id": "01939d40-0000-7000-8000-000000000001", "author": "HANDLER", "handler": "handler-1",
              "visibility": "INTERNAL", "text": "Footage requested from the border guard.", "writtenAt": "2026-03-05T02:01:00Z"},
             {"id": "01939d40-0000-7000-8000-000000000002", "author": "REPORTER", "handler": null,
              "visibility": "REPORTER_VISIBLE", "text": "12C-345.67", "writtenAt": "2026-03-05T09:30:00Z"}]
            """;

    static final String CANDIDATES = """
            [{"officerId": "0193a0b1-1111-7222-8333-944455556666", "unitCode": "HUU_NGHI_TEAM_1", "postId": "0193a0c0-2222-7333-8444-955566667777",
              "postFunction": "DOCUMENT_CHECK", "from": "2025-09-01", "to": null}]
            """;

    static final String PROOF = """
            {"reportId": "01939d3e-8d2a-7c61-a1b2-3c4d5e6f7a8b", "receivedAt": "2026-03-03T04:10:00Z",
             "contentHash": "9f2c0e6d4b1a8c7e5f3d2b1a0c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d",
             "keyId": "hotline-2026", "signature": "mJ0n3u1m0c2Vx9Zr8b1Lq2m8o8s4Gg3y1aQ9d3o2H6w0b7p5v1x8n4c2k9e7t1u3r5q8w2e4y6i8o0p1a3s5d7fA=="}
            """;

    static final String VERIFICATION = """
            {"valid": true}
            """;

    static final String PROOF_KEYS = """
            {"hotline-2026": "-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEAf6Q7+8IuLmjm4htKmgI+/n8tjM8VlIoiDsExbIyKSog=\\n-----END PUBLIC KEY-----\\n"}
            """;

    static final String REPORTER_EVIDENCE = """
            {"mediaType": "image/jpeg", "sizeBytes": 48213, "metadataRemoved": true,
             "sha256": "3b8f1c2d4e5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"}
            """;

    private HotlineExamples() {}
}
