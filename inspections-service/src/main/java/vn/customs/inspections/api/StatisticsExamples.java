package vn.customs.inspections.api;

/** The OpenAPI examples of the inspection statistics, as JSON text blocks the resource references by constant. */
final class StatisticsExamples {

    private StatisticsExamples() {}

    /**
     * The article's quarter at the three gates: 22 thematic and 12 surprise inspections, every gate covered, findings
     * about badges, uniforms and conduct, and the three gates' heads answering for them.
     */
    static final String QUARTER = """
            {"unit":null,"from":"2026-01-01","to":"2026-03-31","inspections":34,
             "byType":{"THEMATIC":22,"SURPRISE":12,"TARGETED":0},
             "byStatus":{"DRAFT":2,"DECIDED":3,"IN_PROGRESS":4,"FIELDWORK_ENDED":3,"CONCLUDED":6,"FOLLOW_UP":9,"CLOSED":7},
             "byUnit":{"CHI_MA":{"THEMATIC":7,"SURPRISE":4,"TARGETED":0},
                       "HUU_NGHI":{"THEMATIC":8,"SURPRISE":4,"TARGETED":0},
                       "TAN_THANH":{"THEMATIC":7,"SURPRISE":4,"TARGETED":0}},
             "coverage":{"basis":"OPEN_GATES","units":3,"covered":3,"share":1.000,"notCovered":[]},
             "findings":41,
             "findingsByCategory":{"UNIFORM":12,"NAME_BADGE":15,"CONDUCT":9,"PROCEDURE":3,"DELAY":2,"BRIBERY":0,"OTHER":0},
             "findingsBySeverity":{"REMINDER":22,"CORRECTIVE":16,"DISCIPLINARY_REFERRAL":3,"CRIMINAL_REFERRAL":0},
             "correctiveActionsOpen":11,"correctiveActionsOverdue":2,"headsHeldAccountable":3}
            """;
}
