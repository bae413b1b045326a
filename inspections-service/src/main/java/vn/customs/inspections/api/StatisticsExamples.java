package vn.customs.inspections.api;

/** The OpenAPI examples of the inspection statistics, as JSON text blocks the resource references by constant. */
final class StatisticsExamples {

    private StatisticsExamples() {}

    /** The article's quarter at the three gates: 22 thematic and 12 surprise inspections, every gate covered. */
    static final String QUARTER = """
            {"unit":null,"from":"2026-01-01","to":"2026-03-31","inspections":34,
             "byType":{"THEMATIC":22,"SURPRISE":12,"TARGETED":0},
             "byStatus":{"DRAFT":2,"DECIDED":3,"IN_PROGRESS":4,"FIELDWORK_ENDED":3,"CONCLUDED":6,"FOLLOW_UP":9,"CLOSED":7},
             "byUnit":{"CHI_MA":{"THEMATIC":7,"SURPRISE":4,"TARGETED":0},
                       "HUU_NGHI":{"THEMATIC":8,"SURPRISE":4,"TARGETED":0},
                       "TAN_THANH":{"THEMATIC":7,"SURPRISE":4,"TARGETED":0}},
             "coverage":{"basis":"OPEN_GATES","units":3,"covered":3,"share":1.000,"notCovered":[]}}
            """;
}
