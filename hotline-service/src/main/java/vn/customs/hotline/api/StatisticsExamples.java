package vn.customs.hotline.api;

/** The OpenAPI examples of the hotline's statistics, as JSON text blocks the resource references by constant. */
final class StatisticsExamples {

    private StatisticsExamples() {}

    /** A gate's quarter: a handful of reports, none from businesses (the honest zero is a figure). */
    static final String QUARTER = """
            {"unit":"HUU_NGHI","from":"2026-01-01","to":"2026-03-31","received":3,
             "byIntakeChannel":{"WEB":0,"HOTLINE_CALL":0,"WALK_IN":0,"POST":0,"EMAIL":0,"TRANSFERRED":3},
             "byCategory":{"BRIBE_REQUEST":1,"HARASSMENT":0,"DELAY":2,"NO_UNIFORM_OR_BADGE":0,"PROCEDURE_BREACH":0,"OTHER":0},
             "byKind":{"DENUNCIATION":1,"COMPLAINT":2,"PETITION":0},
             "byUnit":{"HUU_NGHI":3},
             "fromBusinesses":0,"accepted":2,"notAccepted":1,
             "notAcceptedByReason":{"ALREADY_SETTLED_NO_NEW_FACTS":0,"NO_CONCRETE_INFORMATION":1,"NOT_A_BREACH":0,
              "FILING_TIME_LIMIT_PASSED":0,"BEFORE_A_COURT":0},
             "transferred":0,"withdrawn":0,"concluded":1,"concludedWithinLimit":1,"concludedWithinLimitShare":1.000,
             "open":1,"openByDeadlineState":{"ON_TIME":0,"AT_RISK":1,"BREACHED":0,"PAUSED":0},
             "medianDaysToAcceptance":4.5,"medianDaysToConclusion":27.25}
            """;
}
