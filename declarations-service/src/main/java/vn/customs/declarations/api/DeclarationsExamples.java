package vn.customs.declarations.api;

/**
 * The OpenAPI examples of the declarations API, as JSON text blocks the resources refer to by constant: what a
 * declarant's software sends and what it gets back.
 */
final class DeclarationsExamples {

    /** A lodgement (and an amendment, and a kept version): an import of dragon fruit at Hữu Nghị. */
    static final String LODGEMENT = """
            {"lrn": "INV-2026-0042", "flow": "IMPORT", "procedureCode": "A11", "gateCode": "HUU_NGHI",
             "submissionChannel": "ELECTRONIC",
             "declarant": {"taxId": "0101234567", "name": "Công ty TNHH Thương mại Đồng Đăng", "address": "Lạng Sơn"},
             "counterparty": {"name": "Guangxi Pingxiang Trading Co.", "country": "CN"},
             "transport": {"mode": "ROAD", "meansId": "12C-34567", "billOfLading": "PX-778812",
                           "arrivalDate": "2026-11-28"},
             "invoice": {"number": "PX-2026-118", "date": "2026-11-20", "currency": "USD", "amount": 48500.00,
                         "exchangeRateVnd": 25350, "usdRateVnd": 25350, "incoterm": "DAP"},
             "items": [{"hsCode": "08109094", "description": "Quả thanh long tươi", "originCountry": "CN",
                        "quantity": 20000, "unit": "KGM", "netMassKg": 20000, "customsValue": 48500.00}]}
            """;

    /** A registered declaration with its clock. */
    static final String DECLARATION = """
            {"id": "2f1c7d84-5a0e-4b6f-9c3d-8e7f6a5b4c3d", "lrn": "INV-2026-0042", "number": "100000000042",
             "status": "REGISTERED", "gateCode": "HUU_NGHI", "channel": "YELLOW",
             "riskReasons": ["FIRST_TIME_DECLARANT"], "assignedOfficerId": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
             "clock": {"state": "ON_TRACK", "startedAt": "2026-11-27T02:00:00Z", "committedMinutes": 120,
                       "usedMinutes": 35, "leftMinutes": 85, "deadline": "2026-11-27T03:25:00Z", "paused": false,
                       "stoppedAt": null}}
            """;

    /** A page of declarations. */
    static final String PAGE = "{\"items\": [" + DECLARATION + "], \"next\": null}";

    /** A dry run: the items with their duties, the totals in VND. */
    static final String DRY_RUN = """
            {"valid": true,
             "items": [{"seq": 1, "hsCode": "08109094", "customsValue": 48500.00, "importDutyRate": 0.20,
                        "importDutyVnd": 245895000, "vatVnd": 147537000}],
             "importDutyVnd": 245895000, "vatVnd": 147537000}
            """;

    /** A history. */
    static final String HISTORY = """
            {"declarationId": "2f1c7d84-5a0e-4b6f-9c3d-8e7f6a5b4c3d",
             "entries": [{"at": "2026-11-27T02:00:00Z", "actor": "0101234567", "action": "SUBMIT",
                          "fromStatus": null, "toStatus": "SUBMITTED", "note": null}]}
            """;

    /** A clock at risk. */
    static final String CLOCK = """
            {"state": "AT_RISK", "startedAt": "2026-11-27T02:00:00Z", "committedMinutes": 120, "usedMinutes": 100,
             "leftMinutes": 20, "deadline": "2026-11-27T04:00:00Z", "paused": false, "stoppedAt": null}
            """;

    static final String CANCELLATION_REQUEST = """
            {"reason": "The buyer cancelled the order"}
            """;

    static final String DOCUMENT = """
            {"type": "CO", "reference": "E-2026-CN-0091",
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}
            """;

    static final String STEP = """
            {"step": "START_DOC_CHECK"}
            """;

    static final String OVERRIDE = """
            {"channel": "GREEN", "reasonCode": "TRUSTED_TRADER"}
            """;

    static final String EXTENSION = """
            {"workingDays": 2, "reason": "Samples sent to the laboratory"}
            """;

    static final String REASSIGNMENT = """
            {"officerId": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "reason": "The assigned officer is on leave"}
            """;

    private DeclarationsExamples() {}
}
