package vn.customs.hotline.domain.report;

/**
 * The codified reasons not to accept a report (Law on Denunciations 2018 art. 29(2) and Law on Complaints 2011 art. 11,
 * paraphrased; see docs/hotline.md for which wording could not be checked against the text).
 */
public enum NonAcceptanceReason {
    /** Already settled, and the report brings no new fact. */
    ALREADY_SETTLED_NO_NEW_FACTS,
    /** Says too little to verify anything: no unit, no time, no act. */
    NO_CONCRETE_INFORMATION,
    /** About something no law or rule of conduct forbids. */
    NOT_A_BREACH,
    /** A complaint filed after the time allowed to complain. */
    FILING_TIME_LIMIT_PASSED,
    /** A court is already deciding the same matter. */
    BEFORE_A_COURT
}
