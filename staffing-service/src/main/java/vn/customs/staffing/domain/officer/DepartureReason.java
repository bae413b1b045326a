package vn.customs.staffing.domain.officer;

/** Why an officer leaves his post without taking up another (PostingEnded's reason; a move says MOVE). */
public enum DepartureReason {
    RETIREMENT,
    LONG_LEAVE,
    SECONDMENT_OUT,
    DISMISSAL
}
