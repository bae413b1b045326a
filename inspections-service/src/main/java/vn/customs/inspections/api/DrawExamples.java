package vn.customs.inspections.api;

/** The OpenAPI examples of the draw API, as JSON text blocks the resources reference by constant. */
final class DrawExamples {

    private DrawExamples() {}

    static final String NEW_DRAW = """
            {"size": 2, "candidates": ["HUU_NGHI", "TAN_THANH", "CHI_MA", "DONG_DANG", "COC_NAM"]}
            """;

    static final String NEW_DRAW_ALL_GATES = """
            {"size": 3}
            """;

    private static final String FORMULA = """
            {"version":"2026-10-01","base":1.0,"coefficients":{"acceptedReport":2.0,"substantiatedReport":4.0,
             "charterBreach":0.5,"channelOverride":1.0,"overrideConcentration":2.0,"overdueRotation":1.5,
             "openDisciplineCase":2.0,"earlierFinding":1.0,"monthSinceLastInspection":0.25},"minimumProbability":0.05}""";

    private static final String CANDIDATES = """
            [{"unitCode":"CHI_MA","signals":{"acceptedReports":0,"substantiatedReports":0,"charterBreaches":0,
              "channelOverrides":0,"overrideConcentration":0,"overdueRotations":0,"openDisciplineCases":0,
              "earlierFindings":0,"monthsSinceLastInspection":1},"weight":1.25,"effectiveWeight":1.61,"drawnRank":null},
             {"unitCode":"HUU_NGHI","signals":{"acceptedReports":3,"substantiatedReports":1,"charterBreaches":4,
              "channelOverrides":0,"overrideConcentration":0,"overdueRotations":0,"openDisciplineCases":0,
              "earlierFindings":0,"monthsSinceLastInspection":7},"weight":14.75,"effectiveWeight":14.75,"drawnRank":1},
             {"unitCode":"TAN_THANH","signals":{"acceptedReports":1,"substantiatedReports":0,"charterBreaches":2,
              "channelOverrides":0,"overrideConcentration":0,"overdueRotations":0,"openDisciplineCases":0,
              "earlierFindings":0,"monthsSinceLastInspection":3},"weight":4.75,"effectiveWeight":4.75,"drawnRank":2}]""";

    static final String DRAW = """
            {"id":"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b","version":0,"status":"SEALED","formula":""" + FORMULA + """
            ,"size":2,"commitment":"9c1e0d7f4b2a63e85d1f0c9b8a7e6d5c4b3a291807f6e5d4c3b2a19080706050",
             "committedAt":"2026-10-05T02:00:00Z","committedBy":"lead-nguyen","revealedAt":null,"revealedBy":null,
             "seed":null,"candidates":""" + CANDIDATES + """
            ,"drawnUnitCodes":["HUU_NGHI","TAN_THANH"]}
            """;

    static final String DRAW_PAGE = "{\"items\":[" + DRAW + "]}";

    private static final String SEED = "3b9f0c7a1e5d2b8c4f6a0e9d7c3b1a5f8e2d6c0b4a9f7e3d1c5b8a2f6e0d4c9b";

    static final String PUBLISHED = """
            {"drawId":"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b",
             "commitment":"9c1e0d7f4b2a63e85d1f0c9b8a7e6d5c4b3a291807f6e5d4c3b2a19080706050",
             "seed":\"""" + SEED + """
            ","formula":""" + FORMULA + """
            ,"size":2,"candidates":""" + CANDIDATES + """
            ,"drawnUnitCodes":["HUU_NGHI","TAN_THANH"],"committedAt":"2026-10-05T02:00:00Z",
             "revealedAt":"2026-10-20T01:30:00Z"}
            """;

    static final String TO_VERIFY = """
            {"seed":\"""" + SEED + """
            ","formula":""" + FORMULA + """
            ,"size":2,"candidates":""" + CANDIDATES + """
            ,"drawnUnitCodes":["HUU_NGHI","TAN_THANH"],
             "commitment":"9c1e0d7f4b2a63e85d1f0c9b8a7e6d5c4b3a291807f6e5d4c3b2a19080706050"}
            """;

    static final String VERIFIED = """
            {"commitmentMatches":true,"drawMatches":true,"weightsMatchFormula":true,
             "recomputedCommitment":"9c1e0d7f4b2a63e85d1f0c9b8a7e6d5c4b3a291807f6e5d4c3b2a19080706050",
             "recomputedDrawn":["HUU_NGHI","TAN_THANH"]}
            """;

    static final String TAMPERED = """
            {"commitmentMatches":false,"drawMatches":true,"weightsMatchFormula":false,
             "recomputedCommitment":"0d4c9b2f6e07f6e5d4c3b2a19080706050c9b8a7e6d5c4b3a2918e85d1f0c9b8",
             "recomputedDrawn":["HUU_NGHI","TAN_THANH"]}
            """;
}
